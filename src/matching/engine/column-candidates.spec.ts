import fc from 'fast-check';
import { ColumnCandidates } from './column-candidates.js';

/** The k best rows of one column, best first: higher score, then lower row; none at or below 0. */
function expectedBest(column: number, matrix: number[][], k: number): [number, number][] {
  return matrix
    .map((scores, row): [number, number] => [row, scores[column]])
    .filter(([, score]) => score > 0)
    .sort(([rowA, a], [rowB, b]) => b - a || rowA - rowB)
    .slice(0, k);
}

function heldBest(candidates: ColumnCandidates, column: number): [number, number][] {
  const { rows, scores } = candidates.entriesOf(column);
  return Array.from(rows, (row, i): [number, number] => [row, scores[i]]).sort(
    ([rowA, a], [rowB, b]) => b - a || rowA - rowB,
  );
}

describe('ColumnCandidates', () => {
  // Few distinct scores, so ties (and ties at the k-th place) are common; -1 marks an excluded pair.
  const matrixArb = fc
    .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 30 }))
    .chain(([columns, rows]) =>
      fc.array(
        fc.array(fc.constantFrom(-1, 0, 0.25, 0.5, 0.5000000000000001, 0.75, 1), {
          minLength: columns,
          maxLength: columns,
        }),
        { minLength: rows, maxLength: rows },
      ),
    );

  it('keeps, for every column, the k best rows offered, in any order of rows', () => {
    fc.assert(
      fc.property(matrixArb, fc.integer({ min: 0, max: 6 }), fc.boolean(), (matrix, k, reverse) => {
        const columnCount = matrix[0].length;
        // Columns sit at positions 100, 101… of the scores array, as partners sit in an index.
        const columns = Int32Array.from({ length: columnCount }, (_, c) => 100 + c);
        const candidates = new ColumnCandidates(columnCount, k);
        const order = matrix.map((_, row) => row);
        if (reverse) order.reverse();
        for (const row of order) {
          const scores = new Float64Array(100 + columnCount);
          matrix[row].forEach((score, c) => (scores[100 + c] = score));
          candidates.offerRow(row, columns, scores);
        }
        for (let column = 0; column < columnCount; column += 1)
          expect(heldBest(candidates, column)).toEqual(expectedBest(column, matrix, k));
      }),
      { numRuns: 300 },
    );
  });
});

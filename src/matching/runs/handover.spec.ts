import fc from 'fast-check';
import { decodeHandover, encodeHandover, HandoverEntries } from './handover.js';

/** Column after column, each entry's row and score. */
function entriesByColumn({ offsets, rows, scores }: HandoverEntries): [number, number][][] {
  return Array.from({ length: offsets.length - 1 }, (_, c) =>
    Array.from({ length: offsets[c + 1] - offsets[c] }, (_, i): [number, number] => [
      rows[offsets[c] + i],
      scores[offsets[c] + i],
    ]),
  );
}

describe('Handover between a row shard and a column shard', () => {
  it('gives back every column’s rows and scores to the last bit', () => {
    const rowIds = Array.from({ length: 7 }, (_, i) => `row-${i}`);
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.tuple(fc.nat(6), fc.double({ noNaN: true })), { maxLength: 5 }), {
          maxLength: 6,
        }),
        (columns) => {
          const columnIds = columns.map((_, i) => `column-${i}`);
          const handover = encodeHandover(
            rowIds,
            columnIds,
            columns.map((entries) => ({
              rows: entries.map(([row]) => row),
              scores: entries.map(([, score]) => score),
            })),
          );
          // As PostgreSQL may hand the bytes back: at an offset that is not a multiple of 8.
          const stored = Buffer.concat([Buffer.alloc(3), handover.entries]).subarray(3);
          const decoded = decodeHandover({ ...handover, entries: stored });
          expect(entriesByColumn(decoded)).toEqual(columns);
        },
      ),
    );
  });

  it('refuses entries that do not match their columns', () => {
    const handover = encodeHandover(['a'], ['x'], [{ rows: [0], scores: [0.5] }]);
    expect(() => decodeHandover({ ...handover, columnIds: [] })).toThrow(/does not match/);
    expect(() => decodeHandover({ ...handover, entries: handover.entries.subarray(0, 9) })).toThrow(
      /does not match/,
    );
  });
});

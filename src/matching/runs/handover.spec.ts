import fc from 'fast-check';
import { decodeHandover, encodeHandover } from './handover.js';

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
          expect(decodeHandover(handover)).toEqual(
            columns.map((entries) => ({
              rowIds: entries.map(([row]) => rowIds[row]),
              scores: entries.map(([, score]) => score),
            })),
          );
        },
      ),
    );
  });

  it('refuses entries that do not match their columns', () => {
    const handover = encodeHandover(['a'], ['x'], [{ rows: [0], scores: [0.5] }]);
    expect(() => decodeHandover({ ...handover, columnIds: [] })).toThrow(/does not match/);
  });
});

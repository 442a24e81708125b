/**
 * What one row shard of a two-sided run hands to one column shard (see two-sided-run.ts): for
 * each participant of the column shard, the best rows of the row shard and their scores.
 * Participants are named by id, not by position: each worker indexes the event on its own, and
 * a registration changed mid-run must not make one worker's position name someone else.
 */
export interface Handover {
  rowIds: string[];
  columnIds: string[];
  /** Per column, in `columnIds` order: a u16 count, then (u16 row, f64 score) per entry. */
  entries: Buffer;
}

/** One column's best rows: `rows[i]` indexes `rowIds` and scored `scores[i]`. */
export interface ColumnEntries {
  rows: ArrayLike<number>;
  scores: ArrayLike<number>;
}

const COUNT_BYTES = 2;
const ENTRY_BYTES = 2 + 8;

export function encodeHandover(
  rowIds: string[],
  columnIds: string[],
  columns: readonly ColumnEntries[],
): Handover {
  if (rowIds.length > 0xffff) throw new RangeError('A row shard holds at most 65,535 rows');
  const size = columns.reduce((sum, c) => sum + COUNT_BYTES + ENTRY_BYTES * c.rows.length, 0);
  const entries = Buffer.alloc(size);
  let offset = 0;
  for (const { rows, scores } of columns) {
    offset = entries.writeUInt16LE(rows.length, offset);
    for (let i = 0; i < rows.length; i += 1) {
      offset = entries.writeUInt16LE(rows[i], offset);
      offset = entries.writeDoubleLE(scores[i], offset);
    }
  }
  return { rowIds, columnIds, entries };
}

/** The entries of every column, in `columnIds` order, with rows as ids. */
export function decodeHandover(handover: Handover): { rowIds: string[]; scores: number[] }[] {
  const { entries } = handover;
  const columns: { rowIds: string[]; scores: number[] }[] = [];
  let offset = 0;
  for (let column = 0; column < handover.columnIds.length; column += 1) {
    const count = entries.readUInt16LE(offset);
    offset += COUNT_BYTES;
    const rowIds: string[] = [];
    const scores: number[] = [];
    for (let i = 0; i < count; i += 1) {
      rowIds.push(handover.rowIds[entries.readUInt16LE(offset)]);
      scores.push(entries.readDoubleLE(offset + 2));
      offset += ENTRY_BYTES;
    }
    columns.push({ rowIds, scores });
  }
  if (offset !== entries.length) throw new Error('A stored handover does not match its columns');
  return columns;
}

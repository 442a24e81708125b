import { endianness } from 'node:os';

/**
 * What one row shard of a two-sided run hands to one column shard (see two-sided-run.ts): for
 * each participant of the column shard, the best rows of the row shard and their scores.
 * Participants are named by id, not by position: each worker indexes the event on its own, and
 * a registration changed mid-run must not make one worker's position name someone else.
 */
export interface Handover {
  rowIds: string[];
  columnIds: string[];
  /**
   * Three arrays, little-endian: a u16 count per column (in `columnIds` order), then every
   * entry's row (u16, an index into `rowIds`), column after column, then from the next multiple
   * of 8 bytes every entry's score (f64). About 10 million entries at 20,000 participants: they
   * are read back as typed arrays, not one by one.
   */
  entries: Buffer;
}

/** One column's best rows: `rows[i]` indexes `rowIds` and scored `scores[i]`. */
export interface ColumnEntries {
  rows: ArrayLike<number>;
  scores: ArrayLike<number>;
}

/** A handover's entries as arrays: column c's are `offsets[c]` to `offsets[c + 1]`. */
export interface HandoverEntries {
  offsets: Int32Array;
  rows: Uint16Array;
  scores: Float64Array;
}

export function encodeHandover(
  rowIds: string[],
  columnIds: string[],
  columns: readonly ColumnEntries[],
): Handover {
  if (rowIds.length > 0xffff) throw new RangeError('A row shard holds at most 65,535 rows');
  const total = columns.reduce((sum, column) => sum + column.rows.length, 0);
  const layout = layoutOf(columns.length, total);
  const entries = Buffer.alloc(layout.size);
  const counts = new Uint16Array(columns.length);
  const rows = new Uint16Array(total);
  const scores = new Float64Array(total);
  let at = 0;
  columns.forEach((column, c) => {
    counts[c] = column.rows.length;
    for (let i = 0; i < column.rows.length; i += 1, at += 1) {
      rows[at] = column.rows[i];
      scores[at] = column.scores[i];
    }
  });
  write(entries, counts, 0);
  write(entries, rows, layout.rowsAt);
  write(entries, scores, layout.scoresAt);
  return { rowIds, columnIds, entries };
}

export function decodeHandover(handover: Handover): HandoverEntries {
  const columnCount = handover.columnIds.length;
  const counts = read(handover.entries, 0, Uint16Array, columnCount);
  const offsets = new Int32Array(columnCount + 1);
  for (let c = 0; c < columnCount; c += 1) offsets[c + 1] = offsets[c] + counts[c];
  const total = offsets[columnCount];
  const layout = layoutOf(columnCount, total);
  if (layout.size !== handover.entries.length)
    throw new Error('A stored handover does not match its columns');
  return {
    offsets,
    rows: read(handover.entries, layout.rowsAt, Uint16Array, total),
    scores: read(handover.entries, layout.scoresAt, Float64Array, total),
  };
}

function layoutOf(columnCount: number, total: number) {
  const rowsAt = 2 * columnCount;
  const scoresAt = Math.ceil((rowsAt + 2 * total) / 8) * 8;
  return { rowsAt, scoresAt, size: scoresAt + 8 * total };
}

// Typed arrays use the platform's byte order: handovers are written and read little-endian.
const LITTLE_ENDIAN = endianness() === 'LE';

function write(target: Buffer, values: Uint16Array | Float64Array, at: number): void {
  if (!LITTLE_ENDIAN) throw new Error('Handovers need a little-endian platform');
  target.set(new Uint8Array(values.buffer, values.byteOffset, values.byteLength), at);
}

/** A copy, so the view is aligned whatever the offset of the bytes PostgreSQL gave. */
function read<T extends Uint16Array | Float64Array>(
  source: Buffer,
  at: number,
  type: { new (length: number): T; BYTES_PER_ELEMENT: number },
  length: number,
): T {
  if (!LITTLE_ENDIAN) throw new Error('Handovers need a little-endian platform');
  const values = new type(length);
  new Uint8Array(values.buffer).set(source.subarray(at, at + length * type.BYTES_PER_ELEMENT));
  return values;
}

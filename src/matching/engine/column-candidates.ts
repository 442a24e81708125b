/**
 * For each participant of the column side, the k best rows seen so far. A run scores each
 * cross-border pair once, from the row side; every score goes to the row's list and is offered
 * here for the column's list.
 *
 * Each column holds up to 2k entries (score, row) side by side in one array: an entry that
 * beats the column's floor is appended, and when the column is full the k best are kept and the
 * floor rises to the worst of them. A bounded heap per column would touch a dozen cache lines
 * per entry (10,000 columns do not stay in cache while a row is offered to all of them); this
 * touches one, and sorts out 2k entries once per k appended.
 *
 * A pass may start from the floors another pass of the same run left (ColumnFloors): an entry
 * below a column's floor there is worse than k entries already handed on, so it can never be in
 * that column's list. Later row shards of a worker thus skip most of what they would append.
 *
 * Order is the lists' order: higher score first, equal scores by lower position (positions
 * follow participant ids in an index as built). Scores of 0 and below never enter a list.
 */
/** Per column, the k-th best (score, row) seen by earlier passes: what a row must beat. */
export interface ColumnFloors {
  scores: Float64Array;
  rows: Int32Array;
}

export class ColumnCandidates {
  /** Per column, `capacity` pairs: score, then row. */
  private readonly entries: Float64Array;
  private readonly sizes: Int32Array;
  /** What a row must beat to enter: 0 until the column first fills, then its k-th best. */
  private readonly floors: Float64Array;
  /** The row of the k-th best, for equal scores (a lower row ranks first). */
  private readonly floorRows: Int32Array;
  private readonly capacity: number;

  constructor(
    readonly columnCount: number,
    readonly k: number,
    startFrom?: ColumnFloors,
  ) {
    this.capacity = 2 * Math.max(1, k);
    this.entries = new Float64Array(2 * columnCount * this.capacity);
    this.sizes = new Int32Array(columnCount);
    this.floors = startFrom ? startFrom.scores.slice() : new Float64Array(columnCount);
    this.floorRows = startFrom ? startFrom.rows.slice() : new Int32Array(columnCount).fill(-1);
  }

  /** The floors now: a later pass of the run may start from them once this one is handed on. */
  currentFloors(): ColumnFloors {
    return { scores: this.floors.slice(), rows: this.floorRows.slice() };
  }

  /**
   * Offers one row's scores: `scores[columns[c]]` is its score with column `c`. Nearly every
   * score falls below the column's floor, so that test comes first.
   */
  offerRow(row: number, columns: Int32Array, scores: Float64Array): void {
    if (this.k <= 0) return;
    const { floors, floorRows, sizes, entries, capacity } = this;
    for (let c = 0; c < columns.length; c += 1) {
      const score = scores[columns[c]];
      if (score < floors[c] || (score === floors[c] && (score <= 0 || row > floorRows[c])))
        continue;
      const at = 2 * (c * capacity + sizes[c]);
      entries[at] = score;
      entries[at + 1] = row;
      sizes[c] += 1;
      if (sizes[c] === capacity) this.keepBest(c);
    }
  }

  /** Column `column`'s k best entries (or all, when fewer), in no particular order. */
  entriesOf(column: number): { rows: Int32Array; scores: Float64Array } {
    if (this.sizes[column] > this.k) this.keepBest(column);
    const size = this.sizes[column];
    const base = 2 * column * this.capacity;
    const rows = new Int32Array(size);
    const scores = new Float64Array(size);
    for (let i = 0; i < size; i += 1) {
      scores[i] = this.entries[base + 2 * i];
      rows[i] = this.entries[base + 2 * i + 1];
    }
    return { rows, scores };
  }

  /** Moves the k best entries of the column to its front (quickselect), keeps only them. */
  private keepBest(column: number): void {
    const base = 2 * column * this.capacity;
    const entries = this.entries;
    let low = 0;
    let high = this.sizes[column] - 1;
    const k = this.k;
    while (low < high) {
      const pivot = this.partition(base, low, high);
      if (pivot === k - 1 || pivot === k) break;
      if (pivot < k) low = pivot + 1;
      else high = pivot - 1;
    }
    this.sizes[column] = k;
    // The floor is the worst of the k kept.
    let worst = 0;
    for (let i = 1; i < k; i += 1) {
      const at = base + 2 * i;
      const held = base + 2 * worst;
      if (after(entries[at], entries[at + 1], entries[held], entries[held + 1])) worst = i;
    }
    this.floors[column] = entries[base + 2 * worst];
    this.floorRows[column] = entries[base + 2 * worst + 1];
  }

  /**
   * Lomuto partition of entries low..high around the middle one: better entries before it,
   * worse after; returns where it lands.
   */
  private partition(base: number, low: number, high: number): number {
    const entries = this.entries;
    swap(entries, base, (low + high) >> 1, high);
    const pivotScore = entries[base + 2 * high];
    const pivotRow = entries[base + 2 * high + 1];
    let store = low;
    for (let i = low; i < high; i += 1) {
      const at = base + 2 * i;
      if (after(pivotScore, pivotRow, entries[at], entries[at + 1])) {
        swap(entries, base, i, store);
        store += 1;
      }
    }
    swap(entries, base, store, high);
    return store;
  }
}

/** Entry (score, row) ranks after (otherScore, otherRow). */
function after(score: number, row: number, otherScore: number, otherRow: number): boolean {
  return score < otherScore || (score === otherScore && row > otherRow);
}

function swap(entries: Float64Array, base: number, i: number, j: number): void {
  const a = base + 2 * i;
  const b = base + 2 * j;
  const score = entries[a];
  const row = entries[a + 1];
  entries[a] = entries[b];
  entries[a + 1] = entries[b + 1];
  entries[b] = score;
  entries[b + 1] = row;
}

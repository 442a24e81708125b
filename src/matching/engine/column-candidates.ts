/**
 * For each participant of the column side, the k best rows seen so far: a bounded min-heap per
 * column, in flat typed arrays (10,000 columns × 50 at 20,000 participants). A run scores each
 * cross-border pair once, from the row side; every score goes to the row's list and is offered
 * here for the column's list.
 *
 * Order is the lists' order: higher score first, equal scores by lower position (positions
 * follow participant ids in an index as built). Scores of 0 and below never enter a list.
 */
export class ColumnCandidates {
  readonly rows: Int32Array;
  readonly scores: Float64Array;
  readonly sizes: Int32Array;
  /** What a row must beat to enter a column's heap: 0 until it is full, then its worst score. */
  private readonly floors: Float64Array;

  constructor(
    readonly columnCount: number,
    readonly k: number,
  ) {
    this.rows = new Int32Array(columnCount * k);
    this.scores = new Float64Array(columnCount * k);
    this.sizes = new Int32Array(columnCount);
    this.floors = new Float64Array(columnCount);
  }

  /**
   * Offers one row's scores: `scores[columns[c]]` is its score with column `c`. Nearly every
   * score falls below the column's floor, so that test comes first.
   */
  offerRow(row: number, columns: Int32Array, scores: Float64Array): void {
    if (this.k <= 0) return;
    const floors = this.floors;
    for (let c = 0; c < columns.length; c += 1) {
      const score = scores[columns[c]];
      if (score > floors[c] || (score === floors[c] && score > 0 && this.beatsFloor(c, row)))
        this.admit(c, row, score);
    }
  }

  /** Column `column`'s entries, in heap order (not sorted). */
  entriesOf(column: number): { rows: Int32Array; scores: Float64Array } {
    const start = column * this.k;
    const end = start + this.sizes[column];
    return { rows: this.rows.subarray(start, end), scores: this.scores.subarray(start, end) };
  }

  /** An equal score ranks before the floor's row when its position is lower. */
  private beatsFloor(column: number, row: number): boolean {
    return this.sizes[column] === this.k && row < this.rows[column * this.k];
  }

  private admit(column: number, row: number, score: number): void {
    const { k, rows, scores, sizes } = this;
    const base = column * k;
    if (sizes[column] < k) {
      let at = sizes[column];
      sizes[column] = at + 1;
      // Sift up: the root holds the worst entry.
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (!worse(score, row, scores[base + parent], rows[base + parent])) break;
        rows[base + at] = rows[base + parent];
        scores[base + at] = scores[base + parent];
        at = parent;
      }
      rows[base + at] = row;
      scores[base + at] = score;
      if (sizes[column] === k) this.floors[column] = scores[base];
      return;
    }
    // Replace the worst entry and sift down.
    let at = 0;
    for (;;) {
      const left = 2 * at + 1;
      if (left >= k) break;
      const right = left + 1;
      let child = left;
      if (
        right < k &&
        worse(scores[base + right], rows[base + right], scores[base + left], rows[base + left])
      )
        child = right;
      if (!worse(scores[base + child], rows[base + child], score, row)) break;
      rows[base + at] = rows[base + child];
      scores[base + at] = scores[base + child];
      at = child;
    }
    rows[base + at] = row;
    scores[base + at] = score;
    this.floors[column] = scores[base];
  }
}

/** Entry (score, row) ranks below (otherScore, otherRow). */
function worse(score: number, row: number, otherScore: number, otherRow: number): boolean {
  return score < otherScore || (score === otherScore && row > otherRow);
}

/** A sparse vector: term ids in increasing order and their weights. */
export interface SparseVector {
  terms: Int32Array;
  weights: Float64Array;
}

export const EMPTY_VECTOR: SparseVector = {
  terms: new Int32Array(0),
  weights: new Float64Array(0),
};

/** Counts occurrences of each term id. */
export function termCounts(termIds: readonly number[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const id of termIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

/** TF-IDF with sublinear term frequency, L2-normalised, so a dot product is a cosine. */
export function tfIdfVector(counts: Map<number, number>, idf: Float64Array): SparseVector {
  const terms = [...counts.keys()].sort((a, b) => a - b);
  const weights = new Float64Array(terms.length);
  let norm = 0;
  terms.forEach((term, i) => {
    weights[i] = (1 + Math.log(counts.get(term)!)) * idf[term];
    norm += weights[i] * weights[i];
  });
  if (norm === 0) return EMPTY_VECTOR;
  const scale = 1 / Math.sqrt(norm);
  for (let i = 0; i < weights.length; i += 1) weights[i] *= scale;
  return { terms: Int32Array.from(terms), weights };
}

/** Dot product of two sparse vectors (merge of the sorted term lists). */
export function dot(a: SparseVector, b: SparseVector): number {
  return rankedDot(a, b, null);
}

/**
 * The shared terms of two vectors with the largest products of weights, largest first, ties by
 * term: where they are in the first vector, at most `positions.length` of them. Kept by insertion
 * into a short list, as vectors share only a handful of terms.
 */
export class TopSharedTerms {
  readonly positions: Int32Array;
  readonly products: Float64Array;
  count = 0;

  constructor(size: number) {
    this.positions = new Int32Array(size);
    this.products = new Float64Array(size);
  }

  /** Terms arrive in increasing order, so a new one goes after those with an equal product. */
  insert(position: number, product: number): void {
    const { positions, products } = this;
    const size = positions.length;
    let at = this.count;
    while (at > 0 && products[at - 1] < product) at -= 1;
    if (at >= size) return;
    // Shift the lower entries down one place (the last falls off once the list is full).
    for (let moved = Math.min(this.count, size - 1); moved > at; moved -= 1) {
      positions[moved] = positions[moved - 1];
      products[moved] = products[moved - 1];
    }
    positions[at] = position;
    products[at] = product;
    this.count = Math.min(this.count + 1, size);
  }
}

/** {@link dot}, ranking the shared terms into `top` (emptied first) in the same pass. */
export function rankedDot(a: SparseVector, b: SparseVector, top: TopSharedTerms | null): number {
  if (top) top.count = 0;
  let sum = 0;
  let i = 0;
  let j = 0;
  while (i < a.terms.length && j < b.terms.length) {
    if (a.terms[i] === b.terms[j]) {
      const product = a.weights[i] * b.weights[j];
      sum += product;
      if (top) top.insert(i, product);
      i += 1;
      j += 1;
    } else if (a.terms[i] < b.terms[j]) i += 1;
    else j += 1;
  }
  return sum;
}

/**
 * The sum of `document`'s weights over the terms it shares with `terms`, in increasing term
 * order: what the postings add for one document (see accumulateTerms).
 */
export function sharedWeight(terms: Int32Array, document: SparseVector): number {
  const documentTerms = document.terms;
  let sum = 0;
  let i = 0;
  let j = 0;
  while (i < terms.length && j < documentTerms.length) {
    if (terms[i] === documentTerms[j]) {
      sum += document.weights[j];
      i += 1;
      j += 1;
    } else if (terms[i] < documentTerms[j]) i += 1;
    else j += 1;
  }
  return sum;
}

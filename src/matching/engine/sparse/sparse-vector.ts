/** A sparse vector: term ids in increasing order and their weights. */
export interface SparseVector {
  terms: Int32Array;
  weights: Float64Array;
}

export const EMPTY_VECTOR: SparseVector = {
  terms: new Int32Array(0),
  weights: new Float64Array(0),
};

/*
 * An index holds seven vectors per participant, most of a few dozen entries. A typed array of
 * its own costs each an ArrayBuffer and a backing store of its own, several times the cost of a
 * view on a shared one, to make and to collect: vectors are views on chunks shared by many.
 * A chunk lives as long as any vector in it.
 */
const CHUNK_LENGTH = 16_384;
let termChunk = new Int32Array(CHUNK_LENGTH);
let weightChunk = new Float64Array(CHUNK_LENGTH);
let chunkUsed = 0;

/** A vector of `length` entries, zero-filled, to fill in place. */
export function allocateVector(length: number): SparseVector {
  if (length === 0) return EMPTY_VECTOR;
  if (length > CHUNK_LENGTH / 4) {
    return { terms: new Int32Array(length), weights: new Float64Array(length) };
  }
  if (chunkUsed + length > CHUNK_LENGTH) {
    termChunk = new Int32Array(CHUNK_LENGTH);
    weightChunk = new Float64Array(CHUNK_LENGTH);
    chunkUsed = 0;
  }
  const start = chunkUsed;
  chunkUsed += length;
  return {
    terms: termChunk.subarray(start, chunkUsed),
    weights: weightChunk.subarray(start, chunkUsed),
  };
}

/** The distinct term ids of a document, in increasing order, and how often each occurs. */
export interface TermCounts {
  terms: number[];
  counts: number[];
}

/** Counts occurrences of each term id (by sorting a copy: cheaper than a map per document). */
export function termCounts(termIds: readonly number[]): TermCounts {
  // The sorted copy becomes the distinct terms, each moved down over the repeats before it.
  const terms = sortedNumbers(termIds);
  const counts: number[] = [];
  let distinct = 0;
  for (let i = 0; i < terms.length; i += 1) {
    if (distinct > 0 && terms[distinct - 1] === terms[i]) counts[distinct - 1] += 1;
    else {
      terms[distinct] = terms[i];
      counts[distinct] = 1;
      distinct += 1;
    }
  }
  terms.length = distinct;
  return { terms, counts };
}

// Up to this length, insertion sort beats a sort calling a comparator for every comparison.
const INSERTION_SORT_LENGTH = 48;

/** A sorted copy of `values`, in increasing order. */
function sortedNumbers(values: readonly number[]): number[] {
  if (values.length > INSERTION_SORT_LENGTH) return [...values].sort((a, b) => a - b);
  const sorted = [...values];
  for (let i = 1; i < sorted.length; i += 1) {
    const value = sorted[i];
    let j = i - 1;
    for (; j >= 0 && sorted[j] > value; j -= 1) sorted[j + 1] = sorted[j];
    sorted[j + 1] = value;
  }
  return sorted;
}

/** TF-IDF with sublinear term frequency, L2-normalised, so a dot product is a cosine. */
export function tfIdfVector({ terms, counts }: TermCounts, idf: Float64Array): SparseVector {
  const vector = allocateVector(terms.length);
  const weights = vector.weights;
  let norm = 0;
  for (let i = 0; i < terms.length; i += 1) {
    vector.terms[i] = terms[i];
    weights[i] = (1 + Math.log(counts[i])) * idf[terms[i]];
    norm += weights[i] * weights[i];
  }
  if (norm === 0) return EMPTY_VECTOR;
  const scale = 1 / Math.sqrt(norm);
  for (let i = 0; i < weights.length; i += 1) weights[i] *= scale;
  return vector;
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

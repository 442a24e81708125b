/** A sparse vector: term ids in increasing order and their weights. */
export interface SparseVector {
  terms: Int32Array;
  weights: Float64Array;
}

export const EMPTY_VECTOR: SparseVector = {
  terms: new Int32Array(0),
  weights: new Float64Array(0),
};

/** The distinct term ids of a document, in increasing order, and how often each occurs. */
export interface TermCounts {
  terms: number[];
  counts: number[];
}

/** Counts occurrences of each term id (by sorting a copy: cheaper than a map per document). */
export function termCounts(termIds: readonly number[]): TermCounts {
  const terms: number[] = [];
  const counts: number[] = [];
  for (const term of [...termIds].sort((a, b) => a - b)) {
    if (terms[terms.length - 1] === term) counts[counts.length - 1] += 1;
    else {
      terms.push(term);
      counts.push(1);
    }
  }
  return { terms, counts };
}

/** TF-IDF with sublinear term frequency, L2-normalised, so a dot product is a cosine. */
export function tfIdfVector({ terms, counts }: TermCounts, idf: Float64Array): SparseVector {
  const weights = new Float64Array(terms.length);
  let norm = 0;
  for (let i = 0; i < terms.length; i += 1) {
    weights[i] = (1 + Math.log(counts[i])) * idf[terms[i]];
    norm += weights[i] * weights[i];
  }
  if (norm === 0) return EMPTY_VECTOR;
  const scale = 1 / Math.sqrt(norm);
  for (let i = 0; i < weights.length; i += 1) weights[i] *= scale;
  return { terms: Int32Array.from(terms), weights };
}

/** Dot product of two sparse vectors (merge of the sorted term lists). */
export function dot(a: SparseVector, b: SparseVector): number {
  let sum = 0;
  let i = 0;
  let j = 0;
  while (i < a.terms.length && j < b.terms.length) {
    if (a.terms[i] === b.terms[j]) sum += a.weights[i++] * b.weights[j++];
    else if (a.terms[i] < b.terms[j]) i += 1;
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

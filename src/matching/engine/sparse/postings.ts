import type { SparseVector } from './sparse-vector.js';

/**
 * The transpose of a set of sparse vectors, in compressed rows: for each term, the documents
 * that contain it and their weights. Multiplying a query vector by it gives the query's dot
 * product with every document at once, touching only documents that share a term — the
 * sparse matrix product a TF-IDF library performs, without building a dense matrix.
 */
export interface Postings {
  offsets: Int32Array;
  documents: Int32Array;
  weights: Float64Array;
}

/**
 * The postings of `vectors`, document `documentIds[k]` being `vectors[k]` (by default, document
 * k): the postings of a subset may keep the numbering of the whole set. Ids must increase.
 */
export function buildPostings(
  vectors: readonly SparseVector[],
  termCount: number,
  documentIds?: Int32Array,
): Postings {
  // Indexed loops: this runs a few times per index, too few for the compiler to optimise away
  // the iterator objects of for…of over tens of thousands of vectors.
  const offsets = new Int32Array(termCount + 1);
  for (let k = 0; k < vectors.length; k += 1) {
    const terms = vectors[k].terms;
    for (let i = 0; i < terms.length; i += 1) offsets[terms[i] + 1] += 1;
  }
  for (let term = 0; term < termCount; term += 1) offsets[term + 1] += offsets[term];
  const cursor = offsets.slice(0, termCount);
  const documents = new Int32Array(offsets[termCount]);
  const weights = new Float64Array(offsets[termCount]);
  for (let k = 0; k < vectors.length; k += 1) {
    const document = documentIds ? documentIds[k] : k;
    const vector = vectors[k];
    for (let i = 0; i < vector.terms.length; i += 1) {
      const slot = cursor[vector.terms[i]]++;
      documents[slot] = document;
      weights[slot] = vector.weights[i];
    }
  }
  return { offsets, documents, weights };
}

/*
 * The two passes below run over tens of thousands of postings per participant. Each term's
 * range end is read once into a local: a store into `scores` could, as far as the compiler
 * knows, change `offsets` (typed arrays may share a buffer), so it would re-read it per posting.
 */

/** Adds `query · document` to `scores[document]` for every document sharing a term. */
export function accumulate(query: SparseVector, postings: Postings, scores: Float64Array): void {
  const { offsets, documents, weights } = postings;
  const terms = query.terms;
  const queryWeights = query.weights;
  for (let i = 0; i < terms.length; i += 1) {
    const term = terms[i];
    if (term + 1 >= offsets.length) continue;
    const weight = queryWeights[i];
    const end = offsets[term + 1];
    for (let slot = offsets[term]; slot < end; slot += 1) {
      scores[documents[slot]] += weight * weights[slot];
    }
  }
}

/** Adds `scale × weight` to `scores[document]` for every document holding one of `terms`. */
export function accumulateTerms(
  terms: Int32Array,
  postings: Postings,
  scores: Float64Array,
  scale = 1,
): void {
  const { offsets, documents, weights } = postings;
  for (let i = 0; i < terms.length; i += 1) {
    const term = terms[i];
    if (term + 1 >= offsets.length) continue;
    const end = offsets[term + 1];
    for (let slot = offsets[term]; slot < end; slot += 1) {
      scores[documents[slot]] += scale * weights[slot];
    }
  }
}

import { similarity } from 'ml-distance';
import { accumulate, buildPostings } from './postings.js';
import { dot, rankedDot, tfIdfVector, termCounts, TopSharedTerms } from './sparse-vector.js';

describe('sparse vectors and postings', () => {
  const idf = Float64Array.from([1, 2, 1, 3]);
  const documents = [
    tfIdfVector(termCounts([0, 1, 1]), idf),
    tfIdfVector(termCounts([2, 3]), idf),
    tfIdfVector(termCounts([1, 3, 3]), idf),
    tfIdfVector(termCounts([]), idf),
  ];

  it('normalises vectors so a vector dotted with itself is 1', () => {
    for (const vector of documents.slice(0, 3)) expect(dot(vector, vector)).toBeCloseTo(1, 12);
    expect(documents[3].terms).toHaveLength(0);
  });

  it('gives through the postings exactly the pairwise dot products', () => {
    const postings = buildPostings(documents, 4);
    for (const query of documents) {
      const scores = new Float64Array(documents.length);
      accumulate(query, postings, scores);
      documents.forEach((document, index) =>
        expect(scores[index]).toBeCloseTo(dot(query, document), 12),
      );
    }
  });

  it('gives the cosine similarity ml-distance computes on the dense vectors', () => {
    const dense = (vector: (typeof documents)[number]) => {
      const values = new Array<number>(4).fill(0);
      vector.terms.forEach((term, i) => (values[term] = vector.weights[i]));
      return values;
    };
    for (const a of documents.slice(0, 3)) {
      for (const b of documents.slice(0, 3)) {
        expect(dot(a, b)).toBeCloseTo(similarity.cosine(dense(a), dense(b)), 12);
      }
    }
  });

  it('counts the terms of short and long documents alike, in increasing order', () => {
    const short = [5, 3, 5, 0, 3, 5];
    expect(termCounts(short)).toEqual({ terms: [0, 3, 5], counts: [1, 2, 3] });
    const long = Array.from({ length: 200 }, (_, i) => (i * 37) % 50);
    const counts = termCounts(long);
    expect(counts.terms).toEqual(Array.from({ length: 50 }, (_, term) => term));
    expect(counts.counts).toEqual(new Array(50).fill(4));
  });

  it('weighs a term by 1 + log(tf) times its idf', () => {
    const vector = tfIdfVector(termCounts([0, 0, 0, 2]), Float64Array.from([1, 1, 2]));
    const raw = [(1 + Math.log(3)) * 1, 1 * 2];
    const norm = Math.hypot(...raw);
    expect([...vector.terms]).toEqual([0, 2]);
    expect(vector.weights[0]).toBeCloseTo(raw[0] / norm, 12);
    expect(vector.weights[1]).toBeCloseTo(raw[1] / norm, 12);
  });

  it('ranks the shared terms by their products while taking the same dot product', () => {
    const a = {
      terms: Int32Array.from([0, 1, 2, 4, 5]),
      weights: Float64Array.from([1, 2, 3, 4, 1]),
    };
    const b = {
      terms: Int32Array.from([1, 2, 3, 4, 5]),
      weights: Float64Array.from([3, 2, 9, 1, 4]),
    };
    const top = new TopSharedTerms(3);
    top.insert(9, 100); // left from another pair: emptied first
    expect(rankedDot(a, b, top)).toBe(dot(a, b));
    // Products 6 (term 1), 6 (term 2), 4 (term 4), 4 (term 5): ties by term, three kept.
    expect([...top.positions.subarray(0, top.count)]).toEqual([1, 2, 3]);
    expect([...top.products.subarray(0, top.count)]).toEqual([6, 6, 4]);
  });
});

import type { MatchProfile } from '../../src/matching/engine/match-types.js';
import { plainWords } from './plain-words.js';
import { type Ranker, type Rankings, candidatesByCountry, partnerIndices } from './rankings.js';
import { topPartners } from './top-partners.js';

interface SparseVector {
  terms: Int32Array;
  weights: Float64Array;
}

/** All the free text of a profile, as a team without a thesaurus would index it. */
export function profileText(profile: MatchProfile): string {
  return [profile.sector, profile.offers, profile.needs, profile.description]
    .filter((text) => text !== null)
    .join('\n');
}

/** L2-normalised TF-IDF vectors, idf = ln((1 + n) / (1 + df)) + 1 (scikit-learn's default). */
export function tfidfVectors(texts: readonly string[]): SparseVector[] {
  const vocabulary = new Map<string, number>();
  const counts = texts.map((text) => {
    const termCounts = new Map<number, number>();
    for (const word of plainWords(text)) {
      let term = vocabulary.get(word);
      if (term === undefined) vocabulary.set(word, (term = vocabulary.size));
      termCounts.set(term, (termCounts.get(term) ?? 0) + 1);
    }
    return termCounts;
  });
  const documentFrequency = new Float64Array(vocabulary.size);
  for (const termCounts of counts) for (const term of termCounts.keys()) documentFrequency[term]++;
  const n = texts.length;
  return counts.map((termCounts) => {
    const terms = Int32Array.from(termCounts.keys());
    const weights = Float64Array.from(
      terms,
      (term) => termCounts.get(term)! * (Math.log((1 + n) / (1 + documentFrequency[term])) + 1),
    );
    let squares = 0;
    for (const weight of weights) squares += weight * weight;
    const norm = Math.sqrt(squares);
    if (norm > 0) for (let i = 0; i < weights.length; i++) weights[i] /= norm;
    return { terms, weights };
  });
}

/**
 * Baseline (b): cosine of plain TF-IDF vectors over all text, through an inverted index so each
 * participant only touches the partners sharing a word with them.
 */
export function tfidfRanker(topK: number): Ranker {
  return {
    name: 'TF-IDF',
    rank(profiles: readonly MatchProfile[]): Rankings {
      const vectors = tfidfVectors(profiles.map(profileText));
      const postings = new Map<number, { doc: number; weight: number }[]>();
      vectors.forEach(({ terms, weights }, doc) => {
        terms.forEach((term, i) => {
          const list = postings.get(term);
          if (list === undefined) postings.set(term, [{ doc, weight: weights[i] }]);
          else list.push({ doc, weight: weights[i] });
        });
      });
      const ids = profiles.map((profile) => profile.id);
      const byCountry = candidatesByCountry(profiles);
      const scores = new Float64Array(profiles.length);
      const rankings = new Map<string, string[]>();
      profiles.forEach((profile, doc) => {
        scores.fill(0);
        const { terms, weights } = vectors[doc];
        terms.forEach((term, i) => {
          for (const posting of postings.get(term)!)
            scores[posting.doc] += weights[i] * posting.weight;
        });
        const candidates = partnerIndices(profile, byCountry);
        rankings.set(
          profile.id,
          topPartners(candidates, (c) => scores[c], ids, topK),
        );
      });
      return rankings;
    },
  };
}

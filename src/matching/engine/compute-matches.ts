import { explainMatch } from './explain-match.js';
import { buildMatchIndex, MatchIndex } from './match-index.js';
import type { Match, MatchOptions, MatchProfile } from './match-types.js';
import { emptyPairDetails, pairDetails } from './pair-details.js';
import { candidatePositions, scoreCandidates, ScoringBuffers } from './score-candidates.js';
import type { SparseVector } from './sparse/sparse-vector.js';
import { topK } from './top-k.js';

/** Every consenting participant's ranked, explained partners: a full run in one call. */
export function computeMatches(
  profiles: readonly MatchProfile[],
  options: MatchOptions,
): Map<string, Match[]> {
  const index = buildMatchIndex(profiles);
  return matchesFor(
    index,
    index.features.map((f) => f.profile.id),
    options,
  );
}

/**
 * The lists of some participants (a shard of a run, or one late registration) against the whole
 * index. A participant absent from the index (no consent) gets no list.
 */
export function matchesFor(
  index: MatchIndex,
  viewerIds: readonly string[],
  options: MatchOptions,
  buffers = new ScoringBuffers(index.features.length),
): Map<string, Match[]> {
  const lists = new Map<string, Match[]>();
  for (const id of viewerIds) {
    const viewer = index.positionOf.get(id);
    if (viewer === undefined) continue;
    lists.set(id, rankedMatches(index, viewer, options, buffers));
  }
  return lists;
}

export function rankedMatches(
  index: MatchIndex,
  viewer: number,
  options: MatchOptions,
  buffers: ScoringBuffers,
): Match[] {
  const candidates = candidatePositions(index, viewer, options);
  const scores = scoreCandidates(index, viewer, options, buffers, candidates);
  return rankedFromScores(index, viewer, scores, candidates, options);
}

/** The ranked list of `viewer` from their scores against `candidates` (see scoreCandidates). */
export function rankedFromScores(
  index: MatchIndex,
  viewer: number,
  scores: Float64Array,
  candidates: Int32Array,
  options: MatchOptions,
): Match[] {
  const best = topK(scores, options.topK, candidates, idOrder(index));
  prefetchPartners(index, best);
  const details = emptyPairDetails();
  return best.map((partner, rank) =>
    suggestion(index, viewer, partner, scores[partner], rank + 1, options, details),
  );
}

/**
 * Reads what explaining the partners will read of their features, for all of them before any is
 * explained: for speed only. Features are cold in memory when a list is built (scoring reads the
 * index's columns and postings), each reached object through object, so explaining partner after
 * partner waits on one memory read after another; read side by side in this short loop, they are
 * fetched together (about a third of the explanations' time at 20,000 participants). The sum is
 * returned only so that the reads are not optimised away.
 */
function prefetchPartners(index: MatchIndex, partners: readonly number[]): number {
  let sum = 0;
  for (const partner of partners) {
    const f = index.features[partner];
    sum +=
      f.profile.id.length +
      f.offerClauses.length +
      f.needClauses.length +
      firstEntry(f.description) +
      firstEntry(f.offers) +
      firstEntry(f.needs) +
      firstEntry(f.offerConcepts) +
      firstEntry(f.needConcepts);
  }
  return sum;
}

function firstEntry(vector: SparseVector): number {
  return vector.terms.length > 0 ? vector.terms[0] + vector.weights[0] : 0;
}

/**
 * `partner` as suggested to `viewer`, with the reasons. `score` is kept as the scorer computed
 * it, to the last bit: a list updated in place must order its entries exactly as a new ranking
 * would. It is rounded for display (`roundedScore`). `details` are overwritten (see
 * pairDetails): a list reuses one for all its suggestions.
 */
export function suggestion(
  index: MatchIndex,
  viewer: number,
  partner: number,
  score: number,
  rank: number,
  options: MatchOptions,
  details = emptyPairDetails(),
): Match {
  pairDetails(index, viewer, partner, options, details);
  return {
    partnerId: index.features[partner].profile.id,
    score,
    rank,
    needsInterpreter: details.needsInterpreter,
    reasons: explainMatch(index, viewer, partner, details),
  };
}

/** Ties go by participant id: by position while positions follow ids, else by the ids. */
export function idOrder(index: MatchIndex): ((a: number, b: number) => boolean) | undefined {
  if (index.postingsSize === index.features.length) return undefined;
  return (a, b) => index.features[a].profile.id > index.features[b].profile.id;
}

import { explainMatch } from './explain-match.js';
import { buildMatchIndex, MatchIndex } from './match-index.js';
import type { Match, MatchOptions, MatchProfile } from './match-types.js';
import { pairDetails } from './pair-details.js';
import { candidatePositions, scoreCandidates, ScoringBuffers } from './score-candidates.js';
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
  const best = topK(scores, options.topK, candidates);
  if (!best.length) return [];
  const viewerWords = index.features[viewer].descriptionWords;
  return best.map((partner, rank) => {
    const details = pairDetails(index, viewer, partner, options);
    return {
      partnerId: index.features[partner].profile.id,
      score: Math.round(scores[partner] * 10_000) / 10_000,
      rank: rank + 1,
      needsInterpreter: details.needsInterpreter,
      reasons: explainMatch(index, viewer, partner, details, viewerWords),
    };
  });
}

import { computeMatches } from '../../src/matching/engine/compute-matches.js';
import type { MatchProfile } from '../../src/matching/engine/match-types.js';
import { DEFAULT_MATCH_WEIGHTS } from '../../src/matching/engine/match-weights.js';
import type { Ranker, Rankings } from '../baselines/rankings.js';

/** The engine as an event runs it by default: other country only, default weights. */
export function engineRanker(topK: number): Ranker {
  return {
    name: 'Engine',
    rank(profiles: readonly MatchProfile[]): Rankings {
      const matches = computeMatches(profiles, {
        weights: { ...DEFAULT_MATCH_WEIGHTS },
        crossCountryOnly: true,
        topK,
      });
      const rankings = new Map<string, string[]>();
      for (const [id, list] of matches)
        rankings.set(
          id,
          list.map((match) => match.partnerId),
        );
      return rankings;
    },
  };
}

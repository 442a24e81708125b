import type { MatchProfile } from '../../src/matching/engine/match-types.js';
import { type Ranker, type Rankings, candidatesByCountry, partnerIndices } from './rankings.js';
import { topPartners } from './top-partners.js';

/** |A ∩ B| / |A ∪ B|, 0 when both are empty. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const item of a) if (b.has(item)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** Baseline (c): Jaccard overlap of declared themes, ties broken by id. */
export function themeOverlapRanker(topK: number): Ranker {
  return {
    name: 'Themes (Jaccard)',
    rank(profiles: readonly MatchProfile[]): Rankings {
      const themes = profiles.map((profile) => new Set(profile.themes));
      const ids = profiles.map((profile) => profile.id);
      const byCountry = candidatesByCountry(profiles);
      const rankings = new Map<string, string[]>();
      profiles.forEach((profile, own) => {
        const score = (partner: number) => jaccard(themes[own], themes[partner]);
        rankings.set(profile.id, topPartners(partnerIndices(profile, byCountry), score, ids, topK));
      });
      return rankings;
    },
  };
}

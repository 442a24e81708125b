import type { MatchProfile } from '../../src/matching/engine/match-types.js';

/** Participant id → partner ids, best first. */
export type Rankings = ReadonlyMap<string, readonly string[]>;

/** Any method that ranks partners for every participant of an event. */
export interface Ranker {
  name: string;
  rank(profiles: readonly MatchProfile[]): Rankings;
}

/** The engine's default gates, applied to the baselines too: the other country, consent, not oneself. */
export function candidatesByCountry(profiles: readonly MatchProfile[]): Map<string, number[]> {
  const byCountry = new Map<string, number[]>();
  profiles.forEach((profile, index) => {
    if (!profile.consentMatching) return;
    const indices = byCountry.get(profile.country);
    if (indices === undefined) byCountry.set(profile.country, [index]);
    else indices.push(index);
  });
  return byCountry;
}

/** Indices of the partners `profile` may be offered: consenting people of another country. */
export function partnerIndices(
  profile: MatchProfile,
  byCountry: ReadonlyMap<string, number[]>,
): number[] {
  return [...byCountry].flatMap(([country, indices]) =>
    country === profile.country ? [] : indices,
  );
}

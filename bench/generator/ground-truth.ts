import { COOPERATION_LINKS } from './cooperation-links.data.js';
import type { GeneratedParticipant } from './generated-participant.js';

/** Who should meet whom: a need on one side of the border answered by an offer on the other. */
export function plantRelevance(
  profiles: readonly GeneratedParticipant[],
): Map<string, Set<string>> {
  // Consenting participants per project, side and country: the partners a need can find.
  const holders = new Map<string, string[]>();
  const add = (key: string, id: string) => {
    const ids = holders.get(key);
    if (ids === undefined) holders.set(key, [id]);
    else ids.push(id);
  };
  for (const p of profiles) {
    if (!p.consentMatching) continue;
    for (const project of p.planted.needs) add(`need ${project} ${p.country}`, p.id);
    for (const project of p.planted.offers) add(`offer ${project} ${p.country}`, p.id);
  }

  const relevant = new Map<string, Set<string>>();
  for (const p of profiles) {
    const partners = new Set<string>();
    if (p.consentMatching) {
      const other = p.country === 'FR' ? 'MA' : 'FR';
      for (const project of p.planted.needs) {
        for (const id of holders.get(`offer ${project} ${other}`) ?? []) partners.add(id);
      }
      for (const project of p.planted.offers) {
        for (const id of holders.get(`need ${project} ${other}`) ?? []) partners.add(id);
      }
    }
    relevant.set(p.id, partners);
  }
  return relevant;
}

const LINKED_REGIONS = new Set(
  COOPERATION_LINKS.map((link) => `${link.frRegion}|${link.maRegion}`),
);

/** True when the two participants' regions already cooperate (Auvergne-Rhône-Alpes ↔ Souss-Massa …). */
export function fromCooperatingRegions(a: GeneratedParticipant, b: GeneratedParticipant): boolean {
  const [fr, ma] = a.country === 'FR' ? [a, b] : [b, a];
  return (
    fr.country === 'FR' && ma.country === 'MA' && LINKED_REGIONS.has(`${fr.region}|${ma.region}`)
  );
}

/**
 * Graded relevance for nDCG: 2 for a complementary pair whose territories already cooperate
 * (the « boost »: an existing link makes a project likelier), 1 for another complementary pair.
 */
export function relevanceGrade(
  a: GeneratedParticipant,
  b: GeneratedParticipant,
  relevant: ReadonlyMap<string, ReadonlySet<string>>,
): 0 | 1 | 2 {
  if (!relevant.get(a.id)?.has(b.id)) return 0;
  return fromCooperatingRegions(a, b) ? 2 : 1;
}

import { actorPairing } from '../../taxonomy/actor-pairings.js';
import { MASSIF_SLUGS } from '../../taxonomy/massifs.js';
import { ORGANISATION_TYPE_SLUGS } from '../../taxonomy/organisation-types.js';
import { massifComparability } from './territory/massif-comparability.js';

/** The five explainable parts of a match score, each in [0, 1]. */
export interface ScoreParts {
  complementarity: number;
  themes: number;
  text: number;
  actors: number;
  territory: number;
}

/** One direction of complementarity: how well one side's offer answers the other's need. */
export function answers(cosine: number, conceptsAnswered: number): number {
  // Either the same words (cosine) or the same concepts in other words counts: a noisy OR.
  return 1 - (1 - Math.min(1, cosine)) * (1 - conceptsAnswered);
}

/**
 * Share of a need that an offer answers through shared concepts. One concept answered is
 * already a real answer (needs often name a place or a product besides the problem), so
 * it starts at 0.6 and grows with the share of the need's concepts answered.
 */
export function conceptAnswer(answered: number, needConcepts: number): number {
  return answered > 0 && needConcepts > 0 ? 0.6 + (0.4 * answered) / needConcepts : 0;
}

/** Both directions help; a mutual fit (each answers the other) counts most. */
export function complementarity(answerToViewer: number, answerToPartner: number): number {
  const best = Math.max(answerToViewer, answerToPartner);
  const other = Math.min(answerToViewer, answerToPartner);
  return 0.7 * best + 0.3 * other;
}

/** A place-level cooperation link counts in full, a link between the two regions half. */
export const COOPERATION_SCORE = { place: 1, region: 0.5 } as const;

export function territory(massifScore: number, cooperationScore: number): number {
  return 1 - (1 - 0.6 * massifScore) * (1 - cooperationScore);
}

/** A pair with no common language is kept but ranks a little lower. */
export const INTERPRETER_PENALTY = 0.9;

/** Actor pairing by organisation-type code, row-major. */
export const ACTOR_TABLE = Float64Array.from(
  ORGANISATION_TYPE_SLUGS.flatMap((a) => ORGANISATION_TYPE_SLUGS.map((b) => actorPairing(a, b))),
);

/** Massif comparability by massif code + 1 (0 = no massif), row-major. */
export const MASSIF_CODES = MASSIF_SLUGS.length + 1;
export const MASSIF_TABLE = Float64Array.from(
  [null, ...MASSIF_SLUGS].flatMap((a) =>
    [null, ...MASSIF_SLUGS].map((b) => massifComparability(a, b)),
  ),
);

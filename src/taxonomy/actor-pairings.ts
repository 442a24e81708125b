import type { OrganisationType } from './organisation-types.js';

/**
 * How much a pairing of two kinds of actors is worth encouraging, in [0, 1]; symmetric.
 * Public ↔ private and territory ↔ territory (decentralised cooperation) pairings are what the
 * Rencontres exist for; research ↔ company and NGO ↔ local authority come next.
 */
const PAIRINGS: [OrganisationType, OrganisationType, number][] = [
  ['collectivite', 'collectivite', 1],
  ['collectivite', 'entreprise', 1],
  ['collectivite', 'association', 0.9],
  ['collectivite', 'tour_operateur', 0.8],
  ['collectivite', 'universite', 0.7],
  ['collectivite', 'institution', 0.7],
  ['collectivite', 'incubateur', 0.6],
  ['entreprise', 'universite', 0.9],
  ['entreprise', 'incubateur', 0.9],
  ['entreprise', 'institution', 0.7],
  ['entreprise', 'tour_operateur', 0.7],
  ['entreprise', 'entreprise', 0.6],
  ['entreprise', 'association', 0.6],
  ['association', 'institution', 0.7],
  ['association', 'tour_operateur', 0.7],
  ['association', 'association', 0.6],
  ['association', 'universite', 0.6],
  ['association', 'incubateur', 0.5],
  ['institution', 'universite', 0.7],
  ['institution', 'institution', 0.6],
  ['institution', 'incubateur', 0.6],
  ['institution', 'tour_operateur', 0.5],
  ['universite', 'universite', 0.8],
  ['universite', 'incubateur', 0.8],
  ['universite', 'tour_operateur', 0.5],
  ['incubateur', 'incubateur', 0.6],
  ['incubateur', 'tour_operateur', 0.6],
  ['tour_operateur', 'tour_operateur', 0.7],
];

/** Any pairing not listed (e.g. with "autre") is neutral-low. */
export const DEFAULT_PAIRING = 0.4;

/** Pairings at or above this value are named as a reason. */
export const ENCOURAGED_PAIRING = 0.8;

const table = new Map<string, number>();
for (const [a, b, value] of PAIRINGS) {
  table.set(`${a}|${b}`, value);
  table.set(`${b}|${a}`, value);
}

export function actorPairing(a: string, b: string): number {
  return table.get(`${a}|${b}`) ?? DEFAULT_PAIRING;
}

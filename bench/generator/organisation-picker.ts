import type { OrganisationType } from '../../src/taxonomy/organisation-types.js';
import type { SeededRandom } from '../random/seeded-random.js';
import type { OrganisationSeed, PlaceSeed } from './organisation-seed.js';
import { FR_ORGANISATIONS, FR_PLACES } from './organisations-fr.data.js';
import { MA_ORGANISATIONS, MA_PLACES } from './organisations-ma.data.js';
import type { EventCountry } from './project-template.js';

/** How often each kind of structure registers: Moroccan delegations are led by collectivités. */
const TYPE_WEIGHTS: Record<EventCountry, Partial<Record<OrganisationType, number>>> = {
  FR: {
    collectivite: 25,
    entreprise: 25,
    association: 14,
    institution: 10,
    universite: 10,
    incubateur: 4,
    tour_operateur: 5,
    autre: 4,
  },
  MA: {
    collectivite: 32,
    entreprise: 14,
    association: 22,
    institution: 10,
    universite: 10,
    incubateur: 3,
    tour_operateur: 5,
    autre: 3,
  },
};

const COMMUNE_PATTERNS: Record<EventCountry, readonly string[]> = {
  FR: ['Mairie de ', 'Commune de ', 'Ville de '],
  MA: ['Commune de ', 'Commune rurale de ', 'Conseil communal de '],
};

const PLACES: Record<EventCountry, readonly PlaceSeed[]> = { FR: FR_PLACES, MA: MA_PLACES };
const ORGANISATIONS_BY_TYPE = new Map<string, OrganisationSeed[]>();
for (const [country, organisations] of [
  ['FR', FR_ORGANISATIONS],
  ['MA', MA_ORGANISATIONS],
] as const) {
  for (const organisation of organisations) {
    const key = `${country} ${organisation.type}`;
    ORGANISATIONS_BY_TYPE.set(key, [...(ORGANISATIONS_BY_TYPE.get(key) ?? []), organisation]);
  }
}

export function pickOrganisationType(country: EventCountry, rng: SeededRandom): OrganisationType {
  return rng.weighted(TYPE_WEIGHTS[country]);
}

/** A structure of that type; half the collectivités are communes named after a place. */
export function pickOrganisation(
  country: EventCountry,
  type: OrganisationType,
  rng: SeededRandom,
): OrganisationSeed {
  if (type === 'collectivite' && rng.chance(0.5)) {
    const place = rng.pick(PLACES[country]);
    return { ...place, type, name: withElision(rng.pick(COMMUNE_PATTERNS[country]), place.name) };
  }
  return rng.pick(ORGANISATIONS_BY_TYPE.get(`${country} ${type}`) ?? []);
}

/** « Commune de » + « Imlil » = « Commune d'Imlil ». */
export function withElision(prefix: string, name: string): string {
  return prefix.endsWith('de ') && /^[AEIOUÂÉÎ]/.test(name)
    ? `${prefix.slice(0, -3)}d'${name}`
    : prefix + name;
}

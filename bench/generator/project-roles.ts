import type { OrganisationType } from '../../src/taxonomy/organisation-types.js';
import type { SeededRandom } from '../random/seeded-random.js';
import type { OrganisationSeed } from './organisation-seed.js';
import { PROJECT_TEMPLATES } from './project-catalog.js';
import type { EventCountry, ProjectSide, ProjectTemplate } from './project-template.js';

export interface ProjectRoles {
  needs: ProjectTemplate[];
  offers: ProjectTemplate[];
}

type Propensity = Record<OrganisationType, readonly [need: number, offer: number]>;

/**
 * How likely each kind of structure comes with a concrete need or offer: Moroccan communes come
 * to find help, French engineering firms to sell it, tour-operators to find ground partners.
 */
const PROPENSITY: Record<EventCountry, Propensity> = {
  FR: {
    collectivite: [0.45, 0.6],
    entreprise: [0.3, 0.85],
    association: [0, 0.8],
    institution: [0, 0.8],
    universite: [0.45, 0.75],
    incubateur: [0.3, 0.7],
    tour_operateur: [0.85, 0.2],
    autre: [0.2, 0.5],
  },
  MA: {
    collectivite: [0.9, 0],
    entreprise: [0.5, 0.7],
    association: [0.75, 0.45],
    institution: [0.5, 0.5],
    universite: [0.5, 0.6],
    incubateur: [0.6, 0.5],
    tour_operateur: [0.4, 0.8],
    autre: [0.4, 0.4],
  },
};

/** Independents (« autre ») are treated like small companies. */
const STANDS_IN_FOR: Partial<Record<OrganisationType, OrganisationType>> = {
  autre: 'entreprise',
};

function canHold(side: ProjectSide, country: EventCountry, type: OrganisationType): boolean {
  const types = side[country] ?? [];
  return types.includes(type) || types.includes(STANDS_IN_FOR[type] ?? type);
}

/** Projects close to the structure's trade, most of the time; any it could hold otherwise. */
function candidates(
  eligible: ProjectTemplate[],
  organisation: OrganisationSeed,
  rng: SeededRandom,
): ProjectTemplate[] {
  const trade = organisation.themes;
  if (trade === undefined || !rng.chance(0.85)) return eligible;
  const close = eligible.filter((project) => project.themes.some((t) => trade.includes(t)));
  return close.length > 0 ? close : eligible;
}

/** None, one or (rarely) two projects, when the structure is of a kind that holds them. */
function roleCount(propensity: number, rng: SeededRandom): number {
  if (!rng.chance(propensity)) return 0;
  return rng.chance(0.15) ? 2 : 1;
}

/** The planted needs and offers of one participant. */
export function pickProjectRoles(
  country: EventCountry,
  organisation: OrganisationSeed,
  rng: SeededRandom,
): ProjectRoles {
  const [needPropensity, offerPropensity] = PROPENSITY[country][organisation.type];
  const needable = PROJECT_TEMPLATES.filter((p) => canHold(p.needers, country, organisation.type));
  const needs = rng.sample(candidates(needable, organisation, rng), roleCount(needPropensity, rng));
  const offerable = PROJECT_TEMPLATES.filter(
    (p) => canHold(p.offerers, country, organisation.type) && !needs.includes(p),
  );
  const offers = rng.sample(
    candidates(offerable, organisation, rng),
    roleCount(offerPropensity, rng),
  );
  return { needs, offers };
}

import { BIODIVERSITY_CONCEPTS } from './biodiversity.concepts.js';
import { CIRCULAR_ECONOMY_CONCEPTS } from './circular-economy.concepts.js';
import { CLIMATE_ADAPTATION_CONCEPTS } from './climate-adaptation.concepts.js';
import { CULTURAL_HERITAGE_CONCEPTS } from './cultural-heritage.concepts.js';
import { DIGITAL_INNOVATION_CONCEPTS } from './digital-innovation.concepts.js';
import { ENERGY_CONCEPTS } from './energy.concepts.js';
import { MOBILITY_CONCEPTS } from './mobility.concepts.js';
import { MOUNTAIN_AGRICULTURE_CONCEPTS } from './mountain-agriculture.concepts.js';
import { NATURAL_RISKS_CONCEPTS } from './natural-risks.concepts.js';
import { OUTDOOR_SPORTS_CONCEPTS } from './outdoor-sports.concepts.js';
import { SUSTAINABLE_TOURISM_CONCEPTS } from './sustainable-tourism.concepts.js';
import { TERRITORIAL_GOVERNANCE_CONCEPTS } from './territorial-governance.concepts.js';
import type { ThesaurusConcept } from './thesaurus-concept.js';
import { TRAINING_JOBS_CONCEPTS } from './training-jobs.concepts.js';
import { WATER_CONCEPTS } from './water.concepts.js';

export type { ThesaurusConcept } from './thesaurus-concept.js';

/** Every thesaurus concept, grouped by theme in the order of THEMES. */
export const CONCEPTS: readonly ThesaurusConcept[] = [
  ...SUSTAINABLE_TOURISM_CONCEPTS,
  ...NATURAL_RISKS_CONCEPTS,
  ...CIRCULAR_ECONOMY_CONCEPTS,
  ...WATER_CONCEPTS,
  ...ENERGY_CONCEPTS,
  ...BIODIVERSITY_CONCEPTS,
  ...CULTURAL_HERITAGE_CONCEPTS,
  ...MOUNTAIN_AGRICULTURE_CONCEPTS,
  ...MOBILITY_CONCEPTS,
  ...TRAINING_JOBS_CONCEPTS,
  ...DIGITAL_INNOVATION_CONCEPTS,
  ...TERRITORIAL_GOVERNANCE_CONCEPTS,
  ...OUTDOOR_SPORTS_CONCEPTS,
  ...CLIMATE_ADAPTATION_CONCEPTS,
];

const CONCEPTS_BY_ID: ReadonlyMap<string, ThesaurusConcept> = new Map(
  CONCEPTS.map((concept) => [concept.id, concept]),
);

export function conceptById(id: string): ThesaurusConcept | undefined {
  return CONCEPTS_BY_ID.get(id);
}

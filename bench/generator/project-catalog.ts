import type { ProjectTemplate } from './project-template.js';
import { LAND_AND_AGRICULTURE_PROJECTS } from './projects-land-agriculture.data.js';
import { RISK_AND_WATER_PROJECTS } from './projects-risks-water.data.js';
import { TOURISM_AND_HERITAGE_PROJECTS } from './projects-tourism-heritage.data.js';
import { TRANSITION_PROJECTS } from './projects-transition.data.js';

/** Every latent project the generator plants, in a fixed order (the seed depends on it). */
export const PROJECT_TEMPLATES: readonly ProjectTemplate[] = [
  ...RISK_AND_WATER_PROJECTS,
  ...TOURISM_AND_HERITAGE_PROJECTS,
  ...LAND_AND_AGRICULTURE_PROJECTS,
  ...TRANSITION_PROJECTS,
];

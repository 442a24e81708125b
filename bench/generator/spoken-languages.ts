import type { LanguageCode } from '../../src/taxonomy/languages.js';
import type { SeededRandom } from '../random/seeded-random.js';
import { MA_REGION } from './regions.data.js';
import type { EventCountry } from './project-template.js';

/** The Amazigh variety most spoken in each Moroccan mountain region. */
const AMAZIGH_BY_REGION: Readonly<Record<string, LanguageCode>> = {
  [MA_REGION.SM]: 'shi',
  [MA_REGION.MS]: 'shi',
  [MA_REGION.DT]: 'tzm',
  [MA_REGION.BMK]: 'tzm',
  [MA_REGION.FM]: 'tzm',
  [MA_REGION.TTA]: 'rif',
  [MA_REGION.ORI]: 'rif',
};

/** French for everyone (the Rencontres' working language), then what else people speak. */
export function pickLanguages(
  country: EventCountry,
  region: string,
  rng: SeededRandom,
): LanguageCode[] {
  const spoken: LanguageCode[] = ['fr'];
  const add = (code: LanguageCode, probability: number) => {
    if (rng.chance(probability) && !spoken.includes(code)) spoken.push(code);
  };
  if (country === 'FR') {
    add('en', 0.55);
    add('es', 0.1);
    add('it', 0.08);
    add('de', 0.05);
    add('ar', 0.06);
    return spoken;
  }
  add('ar', 0.85);
  add('ary', 0.45);
  add(AMAZIGH_BY_REGION[region] ?? 'zgh', 0.5);
  add('zgh', 0.15);
  add('en', 0.3);
  add('es', region === MA_REGION.TTA || region === MA_REGION.ORI ? 0.35 : 0.05);
  return spoken;
}

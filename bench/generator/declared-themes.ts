import { THEME_SLUGS, type ThemeSlug } from '../../src/taxonomy/themes.js';
import type { SeededRandom } from '../random/seeded-random.js';

/** Themes people tick whatever they do: the Rencontres' headline topics. */
const POPULAR: readonly ThemeSlug[] = [
  'sustainable-tourism',
  'sustainable-tourism',
  'climate-adaptation',
  'climate-adaptation',
  'territorial-governance',
  'biodiversity',
  'cultural-heritage',
  'water',
];

/**
 * The themes a person ticks: some of the true ones, some popular or random extras, sometimes
 * none or nearly all. Theme overlap alone should therefore predict partners only loosely.
 */
export function declareThemes(trueThemes: readonly ThemeSlug[], rng: SeededRandom): ThemeSlug[] {
  const ticked = new Set<ThemeSlug>();
  const habit = rng.weighted({ none: 4, everything: 3, usual: 93 });
  if (habit === 'everything') {
    for (const theme of rng.sample(THEME_SLUGS, rng.int(9, THEME_SLUGS.length))) ticked.add(theme);
  } else if (habit === 'usual') {
    for (const theme of trueThemes) if (rng.chance(0.65)) ticked.add(theme);
    const extras = rng.pick([0, 1, 1, 2, 2, 3, 4]);
    for (let i = 0; i < extras; i++) {
      ticked.add(rng.chance(0.6) ? rng.pick(POPULAR) : rng.pick(THEME_SLUGS));
    }
    if (ticked.size === 0) ticked.add(rng.pick(POPULAR));
  }
  // Registration forms list themes in a fixed order, and so do their exports.
  return THEME_SLUGS.filter((theme) => ticked.has(theme));
}

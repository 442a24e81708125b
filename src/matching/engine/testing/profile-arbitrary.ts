import fc from 'fast-check';
import { MASSIF_SLUGS } from '../../../taxonomy/massifs.js';
import { ORGANISATION_TYPE_SLUGS } from '../../../taxonomy/organisation-types.js';
import { THEME_SLUGS } from '../../../taxonomy/themes.js';
import type { MatchProfile } from '../match-types.js';

const WORDS = [
  'prévention des crues',
  'gestion des inondations',
  'randonnée',
  'gîtes',
  'safran',
  'irrigation',
  'tourisme durable',
  'formation des guides',
  'cartographie des aléas',
  'économie circulaire',
  'patrimoine bâti',
  'coopérative',
  'eau potable',
  'séminaires',
  'avalanche',
];

/**
 * Small profiles from a few shared wordings: many overlaps, and exact ties between scores.
 * `countries` are the ones drawn from.
 */
export const profileArb = (
  id: string,
  countries: readonly string[] = ['FR', 'MA'],
): fc.Arbitrary<MatchProfile> =>
  fc.record({
    id: fc.constant(id),
    version: fc.nat(5),
    country: fc.constantFrom(...countries),
    organisation: fc.constantFrom('Commune de Taliouine', 'Parc des Écrins', 'Coopérative'),
    organisationType: fc.constantFrom(...ORGANISATION_TYPE_SLUGS),
    sector: fc.constant(null),
    region: fc.constantFrom(null, 'Souss-Massa', 'Auvergne-Rhône-Alpes'),
    massif: fc.constantFrom(null, ...MASSIF_SLUGS.slice(0, 3)),
    themes: fc.uniqueArray(fc.constantFrom(...THEME_SLUGS), { maxLength: 3 }),
    languages: fc.constantFrom(['fr'], ['ar'], ['fr', 'ar'], ['en']),
    offers: text(),
    needs: text(),
    description: text(),
    consentMatching: fc.constant(true),
  });

function text(): fc.Arbitrary<string | null> {
  return fc.option(
    fc
      .array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom('mot-nouveau', 'terrasses')), {
        minLength: 1,
        maxLength: 4,
      })
      .map((parts) => parts.join(', ')),
    { nil: null },
  );
}

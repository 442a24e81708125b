import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import { massifLabel } from '../../matching/engine/territory/massif-comparability.js';
import { ORGANISATION_TYPES } from '../../taxonomy/organisation-types.js';
import type { EmailLanguage } from './email-language.js';

countries.registerLocale(fr);
countries.registerLocale(en);

/** "Maroc · Souss-Massa · Anti-Atlas": country, region and massif, as far as known. */
export function placeLabel(
  place: { country: string; region: string | null; massif: string | null },
  lang: EmailLanguage,
): string {
  const country = countries.getName(place.country, lang) ?? place.country;
  return [country, place.region, place.massif && massifLabel(place.massif)]
    .filter(Boolean)
    .join(' · ');
}

const TYPE_LABELS = new Map(
  ORGANISATION_TYPES.map((type) => [type.slug as string, { fr: type.labelFr, en: type.labelEn }]),
);

export function organisationTypeLabel(slug: string, lang: EmailLanguage): string {
  return TYPE_LABELS.get(slug)?.[lang] ?? slug;
}

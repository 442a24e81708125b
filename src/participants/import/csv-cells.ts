import countries from 'i18n-iso-countries';
import ar from 'i18n-iso-countries/langs/ar.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import { foldText } from '../../common/fold-text.js';
import {
  resolveLanguage,
  resolveMassif,
  resolveOrganisationType,
  resolveTheme,
} from '../../taxonomy/resolve.js';

/*
 * Cell converters: an empty cell gives `undefined` (field absent); a value that cannot be
 * understood is kept as its raw text, so validation rejects the row naming the field.
 */

const COUNTRY_LOCALES = [fr, en, ar];
for (const locale of COUNTRY_LOCALES) countries.registerLocale(locale);

// Names that registration forms use and the i18n-iso-countries lists lack.
const COUNTRY_ALIASES: Readonly<Record<string, string>> = {
  'Royaume du Maroc': 'MA',
  'Kingdom of Morocco': 'MA',
  'المملكة المغربية': 'MA',
  'République française': 'FR',
  'French Republic': 'FR',
  'États-Unis': 'US',
};

const COUNTRY_BY_KEY: ReadonlyMap<string, string> = (() => {
  const byKey = new Map<string, string>();
  for (const [alpha2, alpha3] of Object.entries(countries.getAlpha2Codes())) {
    byKey.set(foldText(alpha2), alpha2).set(foldText(alpha3), alpha2);
  }
  for (const { locale } of COUNTRY_LOCALES) {
    for (const [alpha2, names] of Object.entries(countries.getNames(locale, { select: 'all' }))) {
      for (const name of names) if (!byKey.has(foldText(name))) byKey.set(foldText(name), alpha2);
    }
  }
  for (const [name, alpha2] of Object.entries(COUNTRY_ALIASES)) byKey.set(foldText(name), alpha2);
  return byKey;
})();

const TRUE_WORDS = new Set([
  'oui',
  'yes',
  'true',
  'vrai',
  '1',
  'x',
  '✓',
  '✔',
  'j accepte',
  'i agree',
]);
const FALSE_WORDS = new Set(['non', 'no', 'false', 'faux', '0']);
const LIST_SEPARATORS = /[|,;/\r\n]/;
const ROUND_SEPARATORS = /[\s,;|]+/;

export function textCell(cell: string): string | undefined {
  const text = cell.trim();
  return text === '' ? undefined : text;
}

function listCell(cell: string, resolve: (item: string) => string | undefined) {
  const items = cell
    .split(LIST_SEPARATORS)
    .map((item) => item.trim())
    .filter((item) => item !== '')
    .map((item) => resolve(item) ?? item);
  // « Sports de nature / outdoor » splits into two wordings of one theme: keep it once.
  const unique = [...new Set(items)];
  return unique.length === 0 ? undefined : unique;
}

export function themesCell(cell: string): string[] | undefined {
  return listCell(cell, resolveTheme);
}

export function languagesCell(cell: string): string[] | undefined {
  return listCell(cell, resolveLanguage);
}

export function booleanCell(cell: string): boolean | string | undefined {
  const text = textCell(cell);
  if (text === undefined) return undefined;
  const word = foldText(text);
  if (TRUE_WORDS.has(word)) return true;
  if (FALSE_WORDS.has(word)) return false;
  return text;
}

export function availabilityCell(cell: string): number[] | string | undefined {
  const text = textCell(cell);
  if (text === undefined) return undefined;
  const rounds = text.split(ROUND_SEPARATORS).filter((round) => round !== '');
  return rounds.every((round) => /^\d+$/.test(round)) ? rounds.map(Number) : text;
}

export function countryCell(cell: string): string | undefined {
  const text = textCell(cell);
  return text === undefined ? undefined : (COUNTRY_BY_KEY.get(foldText(text)) ?? text);
}

export function organisationTypeCell(cell: string): string | undefined {
  const text = textCell(cell);
  return text === undefined ? undefined : (resolveOrganisationType(text) ?? text);
}

export function massifCell(cell: string): string | undefined {
  const text = textCell(cell);
  return text === undefined ? undefined : (resolveMassif(text) ?? text);
}

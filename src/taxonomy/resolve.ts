import { foldText } from '../common/fold-text.js';
import { LANGUAGES, type LanguageCode } from './languages.js';
import { MASSIFS, type MassifSlug } from './massifs.js';
import { ORGANISATION_TYPES, type OrganisationType } from './organisation-types.js';
import { THEMES, type ThemeSlug } from './themes.js';

/** Folded, and blind to leftover punctuation: « Arabe marocain (darija) » = « arabe marocain darija ». */
export function taxonomyKey(input: string): string {
  return foldText(input)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Every wording of an entry (its slug or code, labels, synonyms) keyed to the entry's slug. */
export function buildLookup<Slug extends string>(
  entries: readonly { slug: Slug; wordings: readonly string[] }[],
): ReadonlyMap<string, Slug> {
  const lookup = new Map<string, Slug>();
  for (const { slug, wordings } of entries) {
    for (const wording of [slug, ...wordings]) {
      const key = taxonomyKey(wording);
      const known = lookup.get(key);
      // Fail at load rather than resolve a wording to whichever entry came first.
      if (known !== undefined && known !== slug) {
        throw new Error(`Taxonomy wording "${wording}" means both ${known} and ${slug}`);
      }
      lookup.set(key, slug);
    }
  }
  return lookup;
}

const THEME_LOOKUP = buildLookup(
  THEMES.map((t) => ({ slug: t.slug, wordings: [t.labelFr, t.labelEn, ...t.synonyms] })),
);
const ORGANISATION_TYPE_LOOKUP = buildLookup(
  ORGANISATION_TYPES.map((t) => ({
    slug: t.slug,
    wordings: [t.labelFr, t.labelEn, ...t.synonyms],
  })),
);
const MASSIF_LOOKUP = buildLookup(
  MASSIFS.map((m) => ({ slug: m.slug, wordings: [m.label, ...m.synonyms] })),
);
const LANGUAGE_LOOKUP = buildLookup(
  LANGUAGES.map((l) => ({ slug: l.code, wordings: [l.labelFr, l.labelEn, ...l.synonyms] })),
);

export function resolveTheme(input: string): ThemeSlug | undefined {
  return THEME_LOOKUP.get(taxonomyKey(input));
}

export function resolveOrganisationType(input: string): OrganisationType | undefined {
  return ORGANISATION_TYPE_LOOKUP.get(taxonomyKey(input));
}

export function resolveMassif(input: string): MassifSlug | undefined {
  return MASSIF_LOOKUP.get(taxonomyKey(input));
}

export function resolveLanguage(input: string): LanguageCode | undefined {
  return LANGUAGE_LOOKUP.get(taxonomyKey(input));
}

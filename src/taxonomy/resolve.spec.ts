import { LANGUAGES } from './languages.js';
import { MASSIFS } from './massifs.js';
import { ORGANISATION_TYPES } from './organisation-types.js';
import {
  buildLookup,
  resolveLanguage,
  resolveMassif,
  resolveOrganisationType,
  resolveTheme,
  taxonomyKey,
} from './resolve.js';
import { THEMES } from './themes.js';

interface Vocabulary {
  name: string;
  resolve: (input: string) => string | undefined;
  entries: { slug: string; wordings: readonly string[] }[];
}

const VOCABULARIES: Vocabulary[] = [
  {
    name: 'themes',
    resolve: resolveTheme,
    entries: THEMES.map((t) => ({ slug: t.slug, wordings: [t.labelFr, t.labelEn, ...t.synonyms] })),
  },
  {
    name: 'organisation types',
    resolve: resolveOrganisationType,
    entries: ORGANISATION_TYPES.map((t) => ({
      slug: t.slug,
      wordings: [t.labelFr, t.labelEn, ...t.synonyms],
    })),
  },
  {
    name: 'massifs',
    resolve: resolveMassif,
    entries: MASSIFS.map((m) => ({ slug: m.slug, wordings: [m.label, ...m.synonyms] })),
  },
  {
    name: 'languages',
    resolve: resolveLanguage,
    entries: LANGUAGES.map((l) => ({
      slug: l.code,
      wordings: [l.labelFr, l.labelEn, ...l.synonyms],
    })),
  },
];

describe.each(VOCABULARIES)('$name', ({ resolve, entries }) => {
  it('resolves every slug, label and synonym back to its own entry', () => {
    for (const { slug, wordings } of entries) {
      for (const wording of [slug, ...wordings]) {
        expect([wording, resolve(wording)]).toEqual([wording, slug]);
        expect([wording, resolve(`  ${wording.toUpperCase()} `)]).toEqual([wording, slug]);
      }
    }
  });

  it('has no wording that means two entries', () => {
    const meanings = new Map<string, Set<string>>();
    for (const { slug, wordings } of entries) {
      for (const wording of [slug, ...wordings]) {
        const key = taxonomyKey(wording);
        meanings.set(key, (meanings.get(key) ?? new Set()).add(slug));
      }
    }
    const ambiguous = [...meanings].filter(([, slugs]) => slugs.size > 1).map(([key]) => key);
    expect(ambiguous).toEqual([]);
  });

  it('resolves nothing for empty or unknown input', () => {
    expect(resolve('')).toBeUndefined();
    expect(resolve('   ')).toBeUndefined();
    expect(resolve('xyzzy')).toBeUndefined();
  });
});

describe('resolvers on real-world wordings', () => {
  it.each([
    ['Collectivité territoriale', 'collectivite'],
    ['COMMUNE', 'collectivite'],
    ['Parc naturel régional', 'collectivite'],
    ['ONG', 'association'],
    ['Association / ONG', 'association'],
    ['Tour-opérateur', 'tour_operateur'],
    ['tour operateur', 'tour_operateur'],
    ['Agence de voyages', 'tour_operateur'],
    ['Start-up', 'entreprise'],
    ['Université', 'universite'],
    ['Laboratoire', 'universite'],
  ])('organisation type %j → %s', (input, slug) => {
    expect(resolveOrganisationType(input)).toBe(slug);
  });

  it.each([
    ['Haut-Atlas', 'haut-atlas'],
    ['Haut Atlas', 'haut-atlas'],
    ['High Atlas', 'haut-atlas'],
    ['Massif Central', 'massif-central'],
    ['Anti Atlas', 'anti-atlas'],
    ['Pyrenees', 'pyrenees'],
    ['الأطلس المتوسط', 'moyen-atlas'],
  ])('massif %j → %s', (input, slug) => {
    expect(resolveMassif(input)).toBe(slug);
  });

  it.each([
    ['Français', 'fr'],
    ['FR', 'fr'],
    ['Arabe', 'ar'],
    ['العربية', 'ar'],
    ['Darija', 'ary'],
    ['Arabe marocain (darija)', 'ary'],
    ['Amazighe', 'zgh'],
    ['Tamazight', 'zgh'],
    ['ⵜⴰⵎⴰⵣⵉⵖⵜ', 'zgh'],
    ['Tachelhit', 'shi'],
    ['Tarifit', 'rif'],
    ['Español', 'es'],
  ])('language %j → %s', (input, code) => {
    expect(resolveLanguage(input)).toBe(code);
  });

  it.each([
    ['Tourisme durable', 'sustainable-tourism'],
    ['écotourisme', 'sustainable-tourism'],
    ['Eau et assainissement', 'water'],
    ['Water management', 'water'],
    ['Patrimoine', 'cultural-heritage'],
    ['Risques', 'natural-risks'],
    ['ECONOMIE CIRCULAIRE', 'circular-economy'],
    ['Sports de nature / outdoor', 'outdoor-sports'],
    ['Adaptation au changement climatique', 'climate-adaptation'],
  ])('theme %j → %s', (input, slug) => {
    expect(resolveTheme(input)).toBe(slug);
  });

  it('does not guess from free text', () => {
    expect(resolveTheme('inondation')).toBeUndefined();
    expect(resolveMassif('Atlas')).toBeUndefined();
  });
});

describe('buildLookup', () => {
  it('refuses a wording shared by two entries', () => {
    expect(() =>
      buildLookup([
        { slug: 'water', wordings: ['Eau', 'Irrigation'] },
        { slug: 'mountain-agriculture', wordings: ['irrigation'] },
      ]),
    ).toThrow('Taxonomy wording "irrigation" means both water and mountain-agriculture');
  });
});

/**
 * Mountain ranges of France (the massifs of the « loi Montagne ») and Morocco.
 * `profile` lets matching compare ranges across the two countries (Alpes ↔ Haut Atlas …).
 */
const MASSIF_DATA = [
  {
    slug: 'alpes',
    label: 'Alpes',
    country: 'FR',
    profile: 'high-mountain',
    synonyms: ['Alpes du Nord', 'Alpes du Sud', 'Alpes françaises', 'Alps', 'French Alps'],
  },
  {
    slug: 'pyrenees',
    label: 'Pyrénées',
    country: 'FR',
    profile: 'high-mountain',
    synonyms: ['Pyrénées françaises', 'French Pyrenees'],
  },
  {
    slug: 'jura',
    label: 'Jura',
    country: 'FR',
    profile: 'mid-mountain',
    synonyms: ['Massif du Jura', 'Jura Mountains'],
  },
  {
    slug: 'massif-central',
    label: 'Massif central',
    country: 'FR',
    profile: 'mid-mountain',
    synonyms: ['Central Massif'],
  },
  {
    slug: 'vosges',
    label: 'Vosges',
    country: 'FR',
    profile: 'mid-mountain',
    synonyms: ['Massif des Vosges', 'Vosges Mountains'],
  },
  {
    slug: 'corse',
    label: 'Corse',
    country: 'FR',
    profile: 'high-mountain',
    synonyms: ['Montagne corse', 'Corsica'],
  },
  {
    slug: 'haut-atlas',
    label: 'Haut Atlas',
    country: 'MA',
    profile: 'high-mountain',
    synonyms: ['Grand Atlas', 'High Atlas', 'الأطلس الكبير'],
  },
  {
    slug: 'moyen-atlas',
    label: 'Moyen Atlas',
    country: 'MA',
    profile: 'mid-mountain',
    synonyms: ['Middle Atlas', 'الأطلس المتوسط'],
  },
  {
    slug: 'anti-atlas',
    label: 'Anti-Atlas',
    country: 'MA',
    profile: 'mid-mountain',
    synonyms: ['Petit Atlas', 'Lesser Atlas', 'Little Atlas', 'الأطلس الصغير'],
  },
  {
    slug: 'rif',
    label: 'Rif',
    country: 'MA',
    profile: 'mid-mountain',
    synonyms: ['Massif du Rif', 'Chaîne du Rif', 'Rif Mountains', 'جبال الريف', 'الريف'],
  },
] as const;

export type MassifSlug = (typeof MASSIF_DATA)[number]['slug'];
export type MassifCountry = 'FR' | 'MA';
export type MountainProfile = 'high-mountain' | 'mid-mountain';

export interface Massif {
  readonly slug: MassifSlug;
  readonly label: string;
  readonly country: MassifCountry;
  readonly profile: MountainProfile;
  readonly synonyms: readonly string[];
}

export const MASSIFS: readonly Massif[] = MASSIF_DATA;
export const MASSIF_SLUGS: readonly MassifSlug[] = MASSIFS.map((massif) => massif.slug);

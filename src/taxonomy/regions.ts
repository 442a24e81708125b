/**
 * Today's regions: France since the 2016 reform (13 metropolitan + 5 overseas), Morocco since the
 * 2015 regionalisation (12). Names are the official French ones, as in the cooperation links data.
 */
const REGION_DATA = [
  { slug: 'auvergne-rhone-alpes', name: 'Auvergne-Rhône-Alpes', country: 'FR' },
  { slug: 'bourgogne-franche-comte', name: 'Bourgogne-Franche-Comté', country: 'FR' },
  { slug: 'bretagne', name: 'Bretagne', country: 'FR' },
  { slug: 'centre-val-de-loire', name: 'Centre-Val de Loire', country: 'FR' },
  { slug: 'corse', name: 'Corse', country: 'FR' },
  { slug: 'grand-est', name: 'Grand Est', country: 'FR' },
  { slug: 'hauts-de-france', name: 'Hauts-de-France', country: 'FR' },
  { slug: 'ile-de-france', name: 'Île-de-France', country: 'FR' },
  { slug: 'normandie', name: 'Normandie', country: 'FR' },
  { slug: 'nouvelle-aquitaine', name: 'Nouvelle-Aquitaine', country: 'FR' },
  { slug: 'occitanie', name: 'Occitanie', country: 'FR' },
  { slug: 'pays-de-la-loire', name: 'Pays de la Loire', country: 'FR' },
  { slug: 'provence-alpes-cote-d-azur', name: "Provence-Alpes-Côte d'Azur", country: 'FR' },
  { slug: 'guadeloupe', name: 'Guadeloupe', country: 'FR' },
  { slug: 'martinique', name: 'Martinique', country: 'FR' },
  { slug: 'guyane', name: 'Guyane', country: 'FR' },
  { slug: 'la-reunion', name: 'La Réunion', country: 'FR' },
  { slug: 'mayotte', name: 'Mayotte', country: 'FR' },
  { slug: 'tanger-tetouan-al-hoceima', name: 'Tanger-Tétouan-Al Hoceïma', country: 'MA' },
  { slug: 'oriental', name: 'Oriental', country: 'MA' },
  { slug: 'fes-meknes', name: 'Fès-Meknès', country: 'MA' },
  { slug: 'rabat-sale-kenitra', name: 'Rabat-Salé-Kénitra', country: 'MA' },
  { slug: 'beni-mellal-khenifra', name: 'Béni Mellal-Khénifra', country: 'MA' },
  { slug: 'casablanca-settat', name: 'Casablanca-Settat', country: 'MA' },
  { slug: 'marrakech-safi', name: 'Marrakech-Safi', country: 'MA' },
  { slug: 'draa-tafilalet', name: 'Drâa-Tafilalet', country: 'MA' },
  { slug: 'souss-massa', name: 'Souss-Massa', country: 'MA' },
  { slug: 'guelmim-oued-noun', name: 'Guelmim-Oued Noun', country: 'MA' },
  { slug: 'laayoune-sakia-el-hamra', name: 'Laâyoune-Sakia El Hamra', country: 'MA' },
  { slug: 'dakhla-oued-ed-dahab', name: 'Dakhla-Oued Ed-Dahab', country: 'MA' },
] as const;

export type RegionSlug = (typeof REGION_DATA)[number]['slug'];

export interface Region {
  readonly slug: RegionSlug;
  readonly name: string;
  readonly country: 'FR' | 'MA';
}

export const REGIONS: readonly Region[] = REGION_DATA;

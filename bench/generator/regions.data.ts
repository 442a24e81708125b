/** Region names as in `src/taxonomy/regions.ts`, short enough to fill the data tables. */
export const FR_REGION = {
  ARA: 'Auvergne-Rhône-Alpes',
  BFC: 'Bourgogne-Franche-Comté',
  CVL: 'Centre-Val de Loire',
  COR: 'Corse',
  GE: 'Grand Est',
  HDF: 'Hauts-de-France',
  IDF: 'Île-de-France',
  NA: 'Nouvelle-Aquitaine',
  NOR: 'Normandie',
  OCC: 'Occitanie',
  PDL: 'Pays de la Loire',
  PACA: "Provence-Alpes-Côte d'Azur",
} as const;

export const MA_REGION = {
  TTA: 'Tanger-Tétouan-Al Hoceïma',
  ORI: 'Oriental',
  FM: 'Fès-Meknès',
  RSK: 'Rabat-Salé-Kénitra',
  BMK: 'Béni Mellal-Khénifra',
  CS: 'Casablanca-Settat',
  MS: 'Marrakech-Safi',
  DT: 'Drâa-Tafilalet',
  SM: 'Souss-Massa',
  DOE: 'Dakhla-Oued Ed-Dahab',
} as const;

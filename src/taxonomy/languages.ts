/**
 * Languages a participant can hold a meeting in. Moroccan varieties are listed apart because
 * « arabe » alone does not tell whether two people understand each other's darija or tamazight.
 * Codes are ISO 639 (two letters when one exists, else three).
 */
const LANGUAGE_DATA = [
  {
    code: 'fr',
    labelFr: 'Français',
    labelEn: 'French',
    synonyms: ['langue française', 'fra', 'fre', 'الفرنسية'],
  },
  {
    code: 'en',
    labelFr: 'Anglais',
    labelEn: 'English',
    synonyms: ['eng', 'الإنجليزية'],
  },
  {
    code: 'ar',
    labelFr: 'Arabe',
    labelEn: 'Arabic',
    synonyms: [
      'arabe standard',
      'arabe littéraire',
      'arabe classique',
      'Modern Standard Arabic',
      'Standard Arabic',
      'ara',
      'العربية',
      'الفصحى',
    ],
  },
  {
    code: 'ary',
    labelFr: 'Arabe marocain (darija)',
    labelEn: 'Moroccan Arabic (Darija)',
    synonyms: [
      'darija',
      'darija marocaine',
      'arabe marocain',
      'arabe dialectal',
      'Moroccan Arabic',
      'الدارجة',
    ],
  },
  {
    code: 'zgh',
    labelFr: 'Amazighe (tamazight standard)',
    labelEn: 'Standard Moroccan Tamazight',
    synonyms: [
      'amazighe',
      'amazigh',
      'tamazight',
      'tamazight standard',
      'berbère',
      'Berber',
      'ⵜⴰⵎⴰⵣⵉⵖⵜ',
      'الأمازيغية',
    ],
  },
  {
    code: 'tzm',
    labelFr: 'Tamazight du Moyen Atlas',
    labelEn: 'Central Atlas Tamazight',
    synonyms: [
      'tamazight du Maroc central',
      'Central Moroccan Tamazight',
      'Middle Atlas Tamazight',
    ],
  },
  {
    code: 'shi',
    labelFr: 'Tachelhit',
    labelEn: 'Tashelhit',
    synonyms: ['chleuh', 'tachelhite', 'tachelhiyt', 'Shilha', 'Tashelhiyt', 'ⵜⴰⵛⵍⵃⵉⵜ', 'تشلحيت'],
  },
  {
    code: 'rif',
    labelFr: 'Tarifit',
    labelEn: 'Tarifit',
    synonyms: ['rifain', 'tarifiyt', 'Riffian', 'Rifian', 'ⵜⴰⵔⵉⴼⵉⵜ', 'تاريفيت'],
  },
  {
    code: 'es',
    labelFr: 'Espagnol',
    labelEn: 'Spanish',
    synonyms: ['castillan', 'español', 'Castilian', 'spa', 'الإسبانية'],
  },
  {
    code: 'de',
    labelFr: 'Allemand',
    labelEn: 'German',
    synonyms: ['Deutsch', 'deu', 'ger'],
  },
  {
    code: 'it',
    labelFr: 'Italien',
    labelEn: 'Italian',
    synonyms: ['italiano', 'ita'],
  },
  {
    code: 'pt',
    labelFr: 'Portugais',
    labelEn: 'Portuguese',
    synonyms: ['português', 'por'],
  },
] as const;

export type LanguageCode = (typeof LANGUAGE_DATA)[number]['code'];

export interface Language {
  readonly code: LanguageCode;
  readonly labelFr: string;
  readonly labelEn: string;
  readonly synonyms: readonly string[];
}

export const LANGUAGES: readonly Language[] = LANGUAGE_DATA;
export const LANGUAGE_CODES: readonly LanguageCode[] = LANGUAGES.map((language) => language.code);

export type EmailLanguage = 'fr' | 'en';

/** French for everyone, except those who read English and not French. */
export function emailLanguage(languages: readonly string[]): EmailLanguage {
  return languages.includes('en') && !languages.includes('fr') ? 'en' : 'fr';
}

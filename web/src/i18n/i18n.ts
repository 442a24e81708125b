import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, resourcesOf } from './resources';
import type { Language } from './resources';

const STORAGE_KEY = 'montagne-match.console.language';

/** French unless the organiser chose English on this browser. */
export function storedLanguage(): Language {
  const stored = localStorage.getItem(STORAGE_KEY);
  return (LANGUAGES as readonly string[]).includes(stored ?? '') ? (stored as Language) : 'fr';
}

export function chooseLanguage(language: Language): void {
  localStorage.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  void i18next.changeLanguage(language);
}

export function startI18n(): void {
  const language = storedLanguage();
  document.documentElement.lang = language;
  void i18next.use(initReactI18next).init({
    resources: Object.fromEntries(
      LANGUAGES.map((code) => [code, { translation: resourcesOf(code) }]),
    ),
    lng: language,
    fallbackLng: 'fr',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

import { common } from '../app/common.locales';
import { auth } from '../auth/auth.locales';
import { events } from '../features/events/events.locales';
import { schedules } from '../features/schedules/schedules.locales';
import { emails } from '../features/emails/emails.locales';
import { keys } from '../features/keys/keys.locales';
import { plainErrors } from '../features/plain-errors/plain-errors.locales';
import type { LocaleTree } from './locale-tree';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Each feature keeps its texts next to its code (`<feature>.locales.ts`, `{ fr, en }`) and is
 * listed here once, under its own top-level key: `t('events.title')`.
 */
export const FEATURE_LOCALES: Record<string, Record<Language, LocaleTree>> = {
  common,
  auth,
  events,
  schedules,
  emails,
  keys,
  plainErrors,
};

export function resourcesOf(language: Language): LocaleTree {
  return Object.fromEntries(
    Object.entries(FEATURE_LOCALES).map(([feature, texts]) => [feature, texts[language]]),
  );
}

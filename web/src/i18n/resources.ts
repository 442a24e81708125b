import { common } from '../app/common.locales';
import { auth } from '../auth/auth.locales';
import { dashboard } from '../features/dashboard/dashboard.locales';
import { eventSettings } from '../features/event-settings/event-settings.locales';
import { events } from '../features/events/events.locales';
import { importing } from '../features/import/import.locales';
import { matching } from '../features/matching/matching.locales';
import { participants } from '../features/participants/participants.locales';
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
  eventSettings,
  dashboard,
  importing,
  participants,
  matching,
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

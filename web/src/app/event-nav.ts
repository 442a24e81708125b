/**
 * The pages of an event, in the navigation's order: `path` is relative to
 * /events/:eventId, `label` an i18n key. A new page adds its entry here and its route in
 * routes.tsx.
 */
export const EVENT_NAV: { path: string; label: string }[] = [
  { path: '', label: 'common.nav.dashboard' },
  { path: 'import', label: 'common.nav.import' },
  { path: 'participants', label: 'common.nav.participants' },
  { path: 'matching', label: 'common.nav.matching' },
  { path: 'schedules', label: 'common.nav.schedules' },
  { path: 'emails', label: 'common.nav.emails' },
  { path: 'keys', label: 'common.nav.keys' },
  { path: 'settings', label: 'common.nav.settings' },
];

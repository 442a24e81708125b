import { formatAge, formatCalendarDate, formatDateTime, formatDuration } from './dates';

describe('Console date formatting', () => {
  it('shows an instant in the event’s time zone, not the browser’s', () => {
    // 08:00 UTC is 10:00 in Paris (summer) and 09:00 in Casablanca (UTC+1).
    expect(formatDateTime('2026-09-15T08:00:00Z', 'Europe/Paris', 'fr')).toContain('10:00');
    expect(formatDateTime('2026-09-15T08:00:00Z', 'Africa/Casablanca', 'fr')).toContain('09:00');
  });

  it('keeps a calendar date on its day whatever the zone', () => {
    expect(formatCalendarDate('2026-09-15', 'fr')).toMatch(/15 sept/);
    expect(formatCalendarDate('2026-09-15', 'en')).toMatch(/15 Sept/);
    expect(formatCalendarDate(null, 'fr')).toBe('—');
  });

  it('says how long ago and how long', () => {
    const now = new Date('2026-09-15T10:00:00Z');
    expect(formatAge('2026-09-15T09:55:00Z', now, 'fr')).toBe('il y a 5 minutes');
    expect(formatAge('2026-09-15T07:00:00Z', now, 'en')).toBe('3 hours ago');
    expect(formatDuration(850)).toBe('850 ms');
    expect(formatDuration(65_000)).toBe('1 min 05 s');
    expect(formatDuration(null)).toBe('—');
  });
});

import { isoWithOffset } from './local-time.js';

describe('isoWithOffset', () => {
  it.each([
    // Summer and winter time in Paris, Morocco (+01:00 but for Ramadan), UTC itself.
    ['2026-09-15T12:00:00.000Z', 'Europe/Paris', '2026-09-15T14:00:00+02:00'],
    ['2026-12-01T08:30:00.000Z', 'Europe/Paris', '2026-12-01T09:30:00+01:00'],
    ['2026-09-15T12:00:00.000Z', 'Africa/Casablanca', '2026-09-15T13:00:00+01:00'],
    ['2026-09-15T23:30:00.000Z', 'UTC', '2026-09-15T23:30:00+00:00'],
    ['2026-09-15T23:30:00.000Z', 'America/St_Johns', '2026-09-15T21:00:00-02:30'],
  ])('%s in %s is %s', (utc, timeZone, expected) => {
    expect(isoWithOffset(new Date(utc), timeZone)).toBe(expected);
    expect(new Date(expected).toISOString()).toBe(utc);
  });
});

import { isoToZonedLocal, zonedLocalToIso } from './zoned-time';

describe('zonedLocalToIso', () => {
  it("gives the venue's offset, summer and winter", () => {
    expect(zonedLocalToIso('2026-05-20T14:00', 'Europe/Paris')).toBe('2026-05-20T14:00:00+02:00');
    expect(zonedLocalToIso('2026-12-01T09:30', 'Europe/Paris')).toBe('2026-12-01T09:30:00+01:00');
    expect(zonedLocalToIso('2026-05-20T14:00', 'UTC')).toBe('2026-05-20T14:00:00+00:00');
    expect(zonedLocalToIso('2026-05-20T14:00', 'America/New_York')).toBe(
      '2026-05-20T14:00:00-04:00',
    );
  });

  it('refuses what is not a wall-clock time', () => {
    expect(zonedLocalToIso('', 'Europe/Paris')).toBeNull();
    expect(zonedLocalToIso('20/05/2026 14:00', 'Europe/Paris')).toBeNull();
  });

  it('reads an instant back as the wall clock', () => {
    expect(isoToZonedLocal('2026-05-20T12:00:00Z', 'Europe/Paris')).toBe('2026-05-20T14:00');
    expect(isoToZonedLocal('2026-05-20T12:00:00Z', 'Africa/Casablanca')).toBe('2026-05-20T13:00');
  });
});

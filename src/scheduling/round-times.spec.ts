import { roundTimes } from './round-times.js';

describe('roundTimes', () => {
  it('puts rounds back to back with the usual break and the extra pauses', () => {
    const times = roundTimes({
      rounds: 4,
      startAt: '2026-05-20T14:00:00+02:00',
      roundMinutes: 8,
      breakMinutes: 2,
      breaks: [{ afterRound: 2, minutes: 30 }],
    });
    expect(times.map((t) => [t.startsAt.toISOString(), t.endsAt.toISOString()])).toEqual([
      ['2026-05-20T12:00:00.000Z', '2026-05-20T12:08:00.000Z'],
      ['2026-05-20T12:10:00.000Z', '2026-05-20T12:18:00.000Z'],
      ['2026-05-20T12:50:00.000Z', '2026-05-20T12:58:00.000Z'],
      ['2026-05-20T13:00:00.000Z', '2026-05-20T13:08:00.000Z'],
    ]);
  });
});

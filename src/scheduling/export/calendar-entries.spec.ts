import { CalendarEntry, meetingUid, planCalendar } from './calendar-entries.js';

const at = (hour: number) => new Date(Date.UTC(2026, 8, 15, hour));
const meeting = (uid: string, hour: number) => ({ uid, startsAt: at(hour), endsAt: at(hour + 1) });
const sent = (
  uid: string,
  hour: number,
  sequence: number,
  status: CalendarEntry['status'] = 'confirmed',
): CalendarEntry => ({ ...meeting(uid, hour), sequence, status });

describe('planCalendar', () => {
  it('gives a first agenda the schedule’s rank as SEQUENCE, and cancels nothing', () => {
    expect(planCalendar([meeting('a', 12), meeting('b', 13)], [], 2)).toEqual({
      meetings: [
        { ...meeting('a', 12), sequence: 2, status: 'confirmed' },
        { ...meeting('b', 13), sequence: 2, status: 'confirmed' },
      ],
      cancelled: [],
    });
  });

  it('cancels what was sent and is gone, with the same UID and a higher SEQUENCE', () => {
    // The same published schedule after a partner's erasure: the rank has not moved.
    const planned = planCalendar([meeting('a', 12)], [sent('a', 12, 1), sent('b', 13, 1)], 1);
    expect(planned.meetings).toEqual([{ ...meeting('a', 12), sequence: 1, status: 'confirmed' }]);
    expect(planned.cancelled).toEqual([{ ...meeting('b', 13), sequence: 2, status: 'cancelled' }]);
  });

  it('raises SEQUENCE past what was sent for a moved meeting or one back after a cancellation', () => {
    const planned = planCalendar(
      [meeting('moved', 15), meeting('back', 12), meeting('same', 14)],
      [sent('moved', 13, 4), sent('back', 12, 4, 'cancelled'), sent('same', 14, 4)],
      3,
    );
    expect(planned.meetings.map((entry) => entry.sequence)).toEqual([5, 5, 4]);
  });

  it('repeats a cancellation already sent as it was, so re-sending changes nothing', () => {
    const planned = planCalendar([], [sent('b', 13, 2, 'cancelled'), sent('a', 12, 1)], 1);
    expect(planned.cancelled).toEqual([
      { ...meeting('a', 12), sequence: 2, status: 'cancelled' },
      { ...meeting('b', 13), sequence: 2, status: 'cancelled' },
    ]);
  });
});

describe('meetingUid', () => {
  it('is the same from either side of the pair', () => {
    expect(meetingUid('e', 'MA-1', 'FR 2')).toBe(meetingUid('e', 'FR 2', 'MA-1'));
    expect(meetingUid('e', 'MA-1', 'FR 2')).toBe('e-FR%202~MA-1@montagne-match');
  });
});

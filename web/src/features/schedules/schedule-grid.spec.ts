import { meeting, scheduleOf } from './schedule-fixture';
import { meetingCounts, scheduleGrid, withoutMeeting } from './schedule-grid';

describe('scheduleGrid', () => {
  it('gives every table of every round a cell, empty ones null', () => {
    const schedule = scheduleOf(
      [[meeting('A', 'B', 2)], [meeting('A', 'C', 1), meeting('B', 'D', 3)]],
      3,
    );
    const { tables, rows } = scheduleGrid(schedule);
    expect(tables).toBe(3);
    expect(
      rows.map((row) =>
        row.cells.map((cell) => cell && `${cell.a.externalId}-${cell.b.externalId}`),
      ),
    ).toEqual([
      [null, 'A-B', null],
      ['A-C', null, 'B-D'],
    ]);
    expect(rows[1]).toMatchObject({ round: 2, startsAt: '2026-05-20T11:00:00Z' });
  });

  it('widens to a table the solver used beyond the request (never drops a meeting)', () => {
    expect(scheduleGrid(scheduleOf([[meeting('A', 'B', 4)]], 2)).tables).toBe(4);
  });
});

describe('meetingCounts and withoutMeeting', () => {
  it('counts meetings per person, fewest first', () => {
    const schedule = scheduleOf([[meeting('A', 'B', 1)], [meeting('A', 'C', 1)]], 1);
    expect(meetingCounts(schedule)).toEqual([
      { externalId: 'B', meetings: 1 },
      { externalId: 'C', meetings: 1 },
      { externalId: 'A', meetings: 2 },
    ]);
  });

  it('says why someone has no meeting when the solver said so', () => {
    const schedule = scheduleOf([[meeting('A', 'B', 1)]], 1);
    schedule.stats = {
      withoutMeeting: ['X', 'Y'],
      shortfalls: [
        { externalId: 'X', meetings: 0, minimum: 1, reason: 'too-few-acceptable-partners' },
      ],
    } as never;
    expect(withoutMeeting(schedule)).toEqual([
      { externalId: 'X', reason: 'too-few-acceptable-partners' },
      { externalId: 'Y', reason: null },
    ]);
  });
});

import type { Meeting, Party, ScheduleView } from './schedule-grid';

/** A hand-built schedule for the pure logic's specs. */
export function party(externalId: string): Party {
  return {
    externalId,
    fullName: `Name ${externalId}`,
    organisation: `Org ${externalId}`,
    organisationType: 'entreprise',
    country: 'FR',
  };
}

export function meeting(a: string, b: string, table: number, score = 0.5): Meeting {
  return {
    a: party(a),
    b: party(b),
    table,
    score,
    locked: false,
    mustMeet: false,
    needsInterpreter: false,
  };
}

export function scheduleOf(rounds: Meeting[][], tables: number): ScheduleView {
  return {
    id: 's',
    eventId: 'e',
    jobId: 'j',
    createdAt: '2026-05-20T10:00:00Z',
    status: 'ready',
    params: { tables } as never,
    rounds: rounds.map((meetings, index) => ({
      round: index + 1,
      startsAt: `2026-05-20T1${index}:00:00Z`,
      endsAt: `2026-05-20T1${index}:10:00Z`,
      meetings,
    })),
  };
}

import type { components } from '../../api/schema';

export type ScheduleView = components['schemas']['ScheduleDto'];
export type Meeting = components['schemas']['ScheduledMeetingDto'];
export type Party = components['schemas']['MeetingPartyDto'];

export interface GridRow {
  round: number;
  startsAt: string;
  endsAt: string;
  /** One cell per table, 1 to `tables`: the meeting there, or null for an empty table. */
  cells: (Meeting | null)[];
}

/** Rounds × tables: every table of every round has a cell, empty tables included. */
export function scheduleGrid(schedule: ScheduleView): { tables: number; rows: GridRow[] } {
  const asked = Number((schedule.params as { tables?: number }).tables ?? 0);
  const used = Math.max(
    0,
    ...schedule.rounds.flatMap((round) => round.meetings.map((m) => m.table)),
  );
  const tables = Math.max(asked, used);
  const rows = schedule.rounds.map((round) => {
    const cells: (Meeting | null)[] = Array.from({ length: tables }, () => null);
    for (const meeting of round.meetings) cells[meeting.table - 1] = meeting;
    return { round: round.round, startsAt: round.startsAt, endsAt: round.endsAt, cells };
  });
  return { tables, rows };
}

/** Everyone with a meeting in the schedule, by external id, for names and agenda choices. */
export function partiesOf(schedule: ScheduleView): Map<string, Party> {
  const parties = new Map<string, Party>();
  for (const round of schedule.rounds) {
    for (const { a, b } of round.meetings) {
      parties.set(a.externalId, a);
      parties.set(b.externalId, b);
    }
  }
  return parties;
}

/** Meetings per participant (only those with at least one), fewest first. */
export function meetingCounts(schedule: ScheduleView): { externalId: string; meetings: number }[] {
  const counts = new Map<string, number>();
  for (const round of schedule.rounds) {
    for (const { a, b } of round.meetings) {
      counts.set(a.externalId, (counts.get(a.externalId) ?? 0) + 1);
      counts.set(b.externalId, (counts.get(b.externalId) ?? 0) + 1);
    }
  }
  return [...counts]
    .map(([externalId, meetings]) => ({ externalId, meetings }))
    .sort((x, y) => x.meetings - y.meetings || x.externalId.localeCompare(y.externalId));
}

/** Meetings with no meeting at all, each with the solver's reason when it gave one. */
export function withoutMeeting(
  schedule: ScheduleView,
): { externalId: string; reason: string | null }[] {
  const stats = schedule.stats;
  if (!stats) return [];
  const reasons = new Map(stats.shortfalls.map((entry) => [entry.externalId, entry.reason]));
  return stats.withoutMeeting.map((externalId) => ({
    externalId,
    reason: reasons.get(externalId) ?? null,
  }));
}

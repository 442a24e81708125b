import type { ScheduleStats } from '../schedule-stats.js';

/** A meeting still held, its parties by external id. */
export interface HeldMeeting {
  a: string;
  b: string;
  score: number;
  needsInterpreter: boolean;
  locked: boolean;
}

/**
 * The stats of a schedule once a participant is erased and their meetings with them: counts,
 * scores and per-person figures describe the meetings still held, and the erased person is no
 * longer named. The upper bound stays: fewer people can only lower the best possible score.
 */
export function statsAfterErasure(
  stats: ScheduleStats,
  held: readonly HeldMeeting[],
  erased: string,
  /** Who met the erased person in this schedule. */
  partnersOfErased: readonly string[],
  minMeetings: number,
): ScheduleStats {
  const meetingsOf = new Map<string, number>();
  for (const person of [...stats.withoutMeeting, ...partnersOfErased]) meetingsOf.set(person, 0);
  for (const meeting of held) {
    meetingsOf.set(meeting.a, (meetingsOf.get(meeting.a) ?? 0) + 1);
    meetingsOf.set(meeting.b, (meetingsOf.get(meeting.b) ?? 0) + 1);
  }
  meetingsOf.delete(erased);
  const counts = [...meetingsOf.values()];
  const totalScore = round(held.reduce((sum, meeting) => sum + meeting.score, 0));
  const { upperBound } = stats;

  const shortfalls = stats.shortfalls
    .filter((shortfall) => shortfall.externalId !== erased)
    .map((shortfall) => ({ ...shortfall, meetings: meetingsOf.get(shortfall.externalId) ?? 0 }));
  for (const partner of new Set(partnersOfErased)) {
    const meetings = meetingsOf.get(partner) ?? 0;
    if (meetings < minMeetings && !shortfalls.some((s) => s.externalId === partner)) {
      shortfalls.push({
        externalId: partner,
        meetings,
        minimum: minMeetings,
        reason: 'partner-erased',
      });
    }
  }

  return {
    ...stats,
    meetings: held.length,
    totalScore,
    gap: upperBound > 0 ? round(Math.max(0, (upperBound - totalScore) / upperBound)) : 0,
    participants: counts.length,
    meetingsPerParticipant: {
      min: counts.length ? Math.min(...counts) : 0,
      mean: counts.length ? round(counts.reduce((sum, n) => sum + n, 0) / counts.length) : 0,
      max: counts.length ? Math.max(...counts) : 0,
    },
    interpreterMeetings: held.filter((meeting) => meeting.needsInterpreter).length,
    lockedMeetings: held.filter((meeting) => meeting.locked).length,
    withoutMeeting: [...meetingsOf]
      .filter(([, count]) => count === 0)
      .map(([person]) => person)
      .sort(),
    shortfalls,
    unmetMustMeet: stats.unmetMustMeet.filter((pair) => pair.a !== erased && pair.b !== erased),
  };
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

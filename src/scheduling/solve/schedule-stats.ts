import type { ScheduleStats } from '../schedule-stats.js';
import type { ScheduleSolution } from '../solver/schedule-problem.js';
import type { LoadedScheduleProblem } from './load-schedule-problem.js';

/** The organiser's summary of a solution, participants named by their external ids. */
export function scheduleStats(
  loaded: LoadedScheduleProblem,
  solution: ScheduleSolution,
  solveMs: number,
): ScheduleStats {
  const { problem, externalIds } = loaded;
  const external = (id: string) => externalIds.get(id) ?? id;
  const meetingsOf = new Map(problem.participants.map((p) => [p.id, 0]));
  for (const meeting of solution.meetings) {
    meetingsOf.set(meeting.a, (meetingsOf.get(meeting.a) ?? 0) + 1);
    meetingsOf.set(meeting.b, (meetingsOf.get(meeting.b) ?? 0) + 1);
  }
  const counts = [...meetingsOf.values()];
  const kept = keptMeetings(loaded, solution);
  return {
    meetings: solution.meetings.length,
    totalScore: round(solution.totalScore),
    upperBound: round(solution.upperBound),
    gap: round(solution.gap),
    method: solution.method,
    participants: counts.length,
    meetingsPerParticipant: {
      min: counts.length ? Math.min(...counts) : 0,
      mean: counts.length ? round(counts.reduce((sum, n) => sum + n, 0) / counts.length) : 0,
      max: counts.length ? Math.max(...counts) : 0,
    },
    interpreterMeetings: solution.meetings.filter((m) => m.needsInterpreter).length,
    lockedMeetings: solution.meetings.filter((m) => m.locked).length,
    keptMeetings: kept,
    withoutMeeting: [...meetingsOf]
      .filter(([, count]) => count === 0)
      .map(([id]) => external(id))
      .sort(),
    shortfalls: solution.shortfalls.map(({ participantId, ...rest }) => ({
      externalId: external(participantId),
      ...rest,
    })),
    unmetMustMeet: solution.unmetMustMeet.map(({ a, b, reason }) => ({
      a: external(a),
      b: external(b),
      reason,
    })),
    solveMs,
  };
}

/** Meetings of the regenerated schedule found again at the same round and table. */
function keptMeetings(loaded: LoadedScheduleProblem, solution: ScheduleSolution): number | null {
  if (!loaded.previousCount) return null;
  const key = (m: { a: string; b: string; round: number; table: number }) =>
    `${m.a < m.b ? `${m.a}|${m.b}` : `${m.b}|${m.a}`}|${m.round}|${m.table}`;
  const before = new Set(
    [...(loaded.problem.locked ?? []), ...(loaded.problem.previous ?? [])].map(key),
  );
  return solution.meetings.filter((meeting) => before.has(key(meeting))).length;
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

import { replanChanges } from './replan-changes.js';
import { replanConstraints } from './replan-constraints.js';
import type { ReplanOptions, ReplanSolution, SeatedMeeting } from './replan-problem.js';
import type { ProgressListener, ScheduleProblem } from './schedule-problem.js';
import { solveSchedule } from './solve-schedule.js';

/**
 * "Re-plan from round N" on the day: rounds before N stay as they were; meetings of later
 * rounds whose two people attend (present, or kept by the organiser) stay at their seats while
 * the seat still stands; every seat freed is filled by the solver under the problem's own rules
 * (scores and gates, must-not-meet, each pair once over the whole event, maxima counting
 * history, availability, tables). The re-plan is an ordinary schedule problem (history and kept
 * seats locked, earlier rounds closed, absentees attending nothing) solved by solveSchedule, so
 * its bound is the solver's bound on that problem; the history's fixed score is taken off it.
 * Pure and deterministic. Throws ScheduleProblemError for a bad fromRound, an unknown id in
 * `present` or `keep`, or a history that cannot stand (a seat or person taken twice…).
 */
export function replanFromRound(
  problem: ScheduleProblem,
  current: readonly SeatedMeeting[],
  options: ReplanOptions,
  onProgress?: ProgressListener,
): ReplanSolution {
  const { fromRound } = options;
  const constraints = replanConstraints(problem, current, options);
  const solution = solveSchedule(constraints.problem, onProgress);

  const fixedInAdvance = new Set(
    (problem.locked ?? []).map((m) => `${[m.a, m.b].sort().join('\u0000')}@${m.round}:${m.table}`),
  );
  // `locked` keeps the problem's meaning (fixed in advance), not the re-plan's own locks.
  const meetings = solution.meetings.map((m) => ({
    ...m,
    locked: fixedInAdvance.has(`${[m.a, m.b].sort().join('\u0000')}@${m.round}:${m.table}`),
  }));
  const later = meetings.filter((m) => m.round >= fromRound);
  const historyScore = meetings
    .filter((m) => m.round < fromRound)
    .reduce((sum, m) => sum + m.score, 0);
  const totalScore = later.reduce((sum, m) => sum + m.score, 0);
  // The solver's bound covers the whole event; the history is fixed, so its score comes off.
  const upperBound =
    solution.upperBound === solution.totalScore
      ? totalScore
      : Math.max(totalScore, solution.upperBound - historyScore);
  const gap = upperBound > 0 ? Math.max(0, (upperBound - totalScore) / upperBound) : 0;
  const { attending } = constraints;
  const known = new Set(problem.participants.map((p) => p.id));
  const absent = (id: string) => known.has(id) && !attending.has(id);
  return {
    fromRound,
    meetings,
    totalScore,
    upperBound,
    gap,
    method: solution.method,
    shortfalls: solution.shortfalls.filter((s) => attending.has(s.participantId)),
    unmetMustMeet: solution.unmetMustMeet.map((pair) => {
      const away = [pair.a, pair.b].find(absent);
      return away === undefined ? pair : { ...pair, reason: `${away} is absent` };
    }),
    changes: replanChanges(current, meetings, fromRound, attending),
  };
}

import { replanChanges } from './replan-changes.js';
import { replanConstraints } from './replan-constraints.js';
import { pairKeyOf, scoredHistory } from './replan-history.js';
import type { ReplanOptions, ReplanSolution, SeatedMeeting } from './replan-problem.js';
import type { ProgressListener, ScheduleProblem } from './schedule-problem.js';
import { ScheduleProblemError } from './schedule-problem-error.js';
import { solveSchedule } from './solve-schedule.js';

/**
 * "Re-plan from round N" on the day: rounds before N stay as they were; meetings of later
 * rounds whose two people attend (present, or kept by the organiser) stay at their seats while
 * the seat still stands; every seat freed is filled by the solver under the problem's own rules
 * (scores and gates, must-not-meet, each pair once over the whole event, maxima counting
 * history, availability, tables). The rounds ahead are an ordinary schedule problem (see
 * replanConstraints) solved by solveSchedule, so the score, bound and gap reported are the
 * solver's on that problem: an upper bound on any re-plan under the same constraints.
 * Pure and deterministic. Throws ScheduleProblemError for a bad fromRound, an unknown id in
 * `present` or `keep`, or a history that cannot have happened (a seat or person taken twice…).
 */
export function replanFromRound(
  problem: ScheduleProblem,
  current: readonly SeatedMeeting[],
  options: ReplanOptions,
  onProgress?: ProgressListener,
): ReplanSolution {
  const { fromRound } = options;
  const constraints = replanConstraints(problem, current, options);
  const { attending, history } = constraints;
  let solution;
  try {
    solution = solveSchedule(constraints.problem, onProgress);
  } catch (error) {
    // Only the problem's own locked meetings ahead can be refused: the rest was checked.
    if (error instanceof ScheduleProblemError)
      throw new ScheduleProblemError(`rounds ahead: ${error.message}`);
    throw error;
  }

  const seat = (m: SeatedMeeting) => `${pairKeyOf(m)}@${m.round}:${m.table}`;
  const fixedInAdvance = new Set((problem.locked ?? []).map(seat));
  // `locked` keeps the problem's meaning (fixed in advance), not the re-plan's own locks.
  const ahead = solution.meetings.map((m) => ({ ...m, locked: fixedInAdvance.has(seat(m)) }));
  const meetings = [...scoredHistory(problem, history.meetings), ...ahead].sort(
    (x, y) => x.round - y.round || x.table - y.table,
  );
  const known = new Set(problem.participants.map((p) => p.id));
  const absent = (id: string) => known.has(id) && !attending.has(id);
  const had = (id: string) => history.meetingsOf.get(id) ?? 0;
  return {
    fromRound,
    meetings,
    totalScore: solution.totalScore,
    upperBound: solution.upperBound,
    gap: solution.gap,
    method: solution.method,
    // The solver counted the rounds ahead against what was left of each minimum.
    shortfalls: solution.shortfalls
      .filter((s) => attending.has(s.participantId))
      .map((s) => ({
        ...s,
        meetings: s.meetings + had(s.participantId),
        minimum: s.minimum + had(s.participantId),
      })),
    unmetMustMeet: solution.unmetMustMeet.map((pair) => {
      const away = [pair.a, pair.b].find(absent);
      return away === undefined ? pair : { ...pair, reason: `${away} is absent` };
    }),
    changes: replanChanges(current, ahead, fromRound, attending),
  };
}

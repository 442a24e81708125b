import { assignTables } from './assign-tables.js';
import { bipartiteSides } from './bipartite-sides.js';
import type { Placement } from './placement.js';
import { prepareProblem } from './prepare-problem.js';
import type { PreparedProblem } from './prepared-problem.js';
import { Progress } from './progress.js';
import type {
  ProgressListener,
  ScheduledMeeting,
  ScheduleProblem,
  ScheduleSolution,
} from './schedule-problem.js';
import { shortfallsOf, unmetReason } from './shortfalls.js';
import { solveExact } from './solve-exact.js';
import { solveHeuristic } from './solve-heuristic.js';

/**
 * Seats speed meetings: exact (min-cost flow, then König's colouring) when the pairs are
 * bipartite, everyone attends every round and nothing is locked; otherwise a heuristic with an
 * upper bound. Pure and deterministic: the same problem and seed give the same schedule.
 * Throws ScheduleProblemError for a problem that cannot stand (bad counts, clashing locked meetings).
 */
export function solveSchedule(
  problem: ScheduleProblem,
  onProgress?: ProgressListener,
): ScheduleSolution {
  const progress = new Progress(onProgress);
  const prepared = prepareProblem(problem);
  progress.report(0.05);
  const firstSide = bipartiteSides(prepared.ids.length, prepared.edges);
  const placement =
    firstSide && prepared.everyoneAlwaysAvailable && prepared.locked.length === 0
      ? solveExact(prepared, firstSide, progress)
      : solveHeuristic(prepared, firstSide, progress);
  const solution = solutionOf(prepared, placement);
  progress.finish();
  return solution;
}

function solutionOf(prepared: PreparedProblem, placement: Placement): ScheduleSolution {
  const { edges, ids, rounds, tables } = prepared;
  const { roundOf } = placement;
  const fixedTable = new Int32Array(edges.count).fill(-1);
  for (const meeting of prepared.locked) fixedTable[meeting.edge] = meeting.table;
  const tableOf = assignTables(
    roundOf,
    rounds,
    tables,
    fixedTable,
    edges.previousTable,
    edges.previousRound,
  );
  const meetings: ScheduledMeeting[] = [];
  const meetingCount = new Int32Array(ids.length);
  for (let e = 0; e < edges.count; e++) {
    if (roundOf[e] < 0) continue;
    const [a, b] = edges.reversed[e] ? [edges.to[e], edges.from[e]] : [edges.from[e], edges.to[e]];
    meetings.push({
      round: roundOf[e] + 1,
      table: tableOf[e],
      a: ids[a],
      b: ids[b],
      score: edges.score[e],
      needsInterpreter: edges.needsInterpreter[e] === 1,
      locked: edges.locked[e] === 1,
      mustMeet: edges.mustMeet[e] === 1,
    });
    meetingCount[a] += 1;
    meetingCount[b] += 1;
  }
  meetings.sort((x, y) => x.round - y.round || x.table - y.table);
  // Summed in the order the meetings are listed, as a reader would.
  const totalScore = meetings.reduce((sum, meeting) => sum + meeting.score, 0);
  // The bound holds for any schedule; it cannot be below one that exists.
  const upperBound = placement.provedOptimal ? totalScore : Math.max(placement.bound, totalScore);
  const gap = upperBound > 0 ? Math.max(0, (upperBound - totalScore) / upperBound) : 0;
  const unmetMustMeet = [
    ...prepared.impossibleMustMeet,
    ...prepared.mustMeet
      .filter((pair) => roundOf[pair.edge] < 0)
      .map((pair) => ({
        a: pair.a,
        b: pair.b,
        reason: unmetReason(prepared, meetingCount, pair.edge),
      })),
  ];
  return {
    meetings,
    totalScore,
    upperBound,
    gap,
    method: placement.method,
    shortfalls: shortfallsOf(prepared, meetingCount),
    unmetMustMeet,
  };
}

import { constructSchedule } from './construct-schedule.js';
import { improveSchedule } from './improve-schedule.js';
import { bonusesFor, edgeValue } from './objective-weights.js';
import { orderedBound, orderedLevels } from './ordered-bound.js';
import type { Placement } from './placement.js';
import type { PreparedProblem } from './prepared-problem.js';
import type { Progress } from './progress.js';
import { ScheduleState } from './schedule-state.js';
import { aggregateBound, timeFreeRelaxation } from './upper-bound.js';

/**
 * Availability limits, locked meetings or odd cycles: the time-free optimum gives a bound and
 * the pairs to start from; they are spread over the rounds, then each round is re-solved with
 * the others fixed until nothing improves. With two sides, the time-free optimum of the ordered
 * objective then tightens the bound when the schedule honours must-meet pairs and minimums as
 * well as the relaxation does.
 */
export function solveHeuristic(
  prepared: PreparedProblem,
  firstSide: Uint8Array | null,
  progress: Progress,
): Placement {
  const { edges } = prepared;
  const state = new ScheduleState(prepared);
  const relaxation = timeFreeRelaxation(state, firstSide);
  const plain = aggregateBound(state, relaxation, firstSide, progress.span(0.05, 0.3));
  const bonuses = bonusesFor(edges, prepared.ids.length);
  const ordered = firstSide
    ? orderedBound(state, relaxation, firstSide, bonuses, progress.span(0.3, 0.5))
    : null;
  const value = new Float64Array(edges.count);
  for (let e = 0; e < edges.count; e++) value[e] = edgeValue(edges, e, bonuses, -1);
  constructSchedule(state, plain.chosen, value);
  progress.report(0.55);
  improveSchedule({ state, firstSide, bonuses }, value, progress.span(0.55, 0.97));

  let weight = 0;
  const scheduled = new Uint8Array(edges.count);
  for (let e = 0; e < edges.count; e++) {
    if (state.roundOf[e] < 0) continue;
    scheduled[e] = 1;
    if (!edges.locked[e]) weight += edges.weight[e];
  }
  const levels = orderedLevels(state, scheduled);
  const tight =
    ordered !== null &&
    levels.mustMeet === ordered.levels.mustMeet &&
    levels.coverage === ordered.levels.coverage &&
    ordered.bound < plain.bound;
  return {
    roundOf: state.roundOf,
    method: 'heuristic',
    bound: tight ? ordered.bound : plain.bound,
    provedOptimal: weight >= (tight ? ordered.optimum : plain.optimum),
  };
}

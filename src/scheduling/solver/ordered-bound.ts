import { selectDegreeBounded } from './degree-bounded-selection.js';
import { edgeValue, ObjectiveBonuses, SCORE_SCALE } from './objective-weights.js';
import type { ScheduleState } from './schedule-state.js';
import type { Relaxation } from './upper-bound.js';

/** How far a schedule honours the two first levels of the ordered objective. */
export interface OrderedLevels {
  mustMeet: number;
  /** Σ min(meetings, minimum) over people. */
  coverage: number;
}

export interface OrderedBound {
  levels: OrderedLevels;
  /** The relaxation's score at those levels, in scaled units (locked meetings excluded). */
  optimum: number;
  bound: number;
}

/**
 * The time-free relaxation optimised for the ordered objective (two sides only). Every schedule
 * is in the relaxation, so the best schedule's levels are at most the relaxation's; when a
 * schedule reaches them, so does the best one, and its score is then at most the relaxation's
 * score at those levels — a bound for the ordered objective, tighter than the plain one by the
 * price of must-meet pairs and minimums. Worthless (null) when the schedule falls short of the levels.
 */
export function orderedBound(
  state: ScheduleState,
  relaxation: Relaxation,
  firstSide: Uint8Array,
  bonuses: ObjectiveBonuses,
  onProgress?: (fraction: number) => void,
): OrderedBound {
  const { edges, minMeetings } = state.prepared;
  const people = state.prepared.ids.length;
  const bonusUnits = new Int32Array(people);
  for (let i = 0; i < people; i++) bonusUnits[i] = Math.max(0, minMeetings[i] - state.meetings[i]);
  const value = new Float64Array(edges.count);
  for (let e = 0; e < edges.count; e++) value[e] = edgeValue(edges, e, bonuses, -1, false);
  const { chosen } = selectDegreeBounded({
    firstSide,
    capacity: relaxation.capacity,
    bonusUnits,
    unitBonus: bonuses.coverage,
    edgeFrom: edges.from,
    edgeTo: edges.to,
    edgeWeight: value,
    edgeEnabled: relaxation.enabled,
    maxEdges: relaxation.maxEdges,
    onProgress,
  });
  let optimum = 0;
  for (let e = 0; e < edges.count; e++) if (chosen[e]) optimum += edges.weight[e];
  // Locked meetings count towards the levels as they do in any schedule.
  const scheduled = new Uint8Array(edges.count);
  for (let e = 0; e < edges.count; e++) scheduled[e] = chosen[e] || edges.locked[e] ? 1 : 0;
  return {
    levels: orderedLevels(state, scheduled),
    optimum,
    bound: relaxation.lockedScore + (optimum + 0.5 * relaxation.maxEdges) / SCORE_SCALE,
  };
}

/** The levels of a set of scheduled edges. */
export function orderedLevels(state: ScheduleState, scheduled: Uint8Array): OrderedLevels {
  const { edges, minMeetings } = state.prepared;
  const meetings = new Int32Array(minMeetings.length);
  let mustMeet = 0;
  for (let e = 0; e < edges.count; e++) {
    if (!scheduled[e]) continue;
    meetings[edges.from[e]] += 1;
    meetings[edges.to[e]] += 1;
    mustMeet += edges.mustMeet[e];
  }
  let coverage = 0;
  for (let i = 0; i < meetings.length; i++) coverage += Math.min(meetings[i], minMeetings[i]);
  return { mustMeet, coverage };
}

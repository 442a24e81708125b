import { selectDegreeBounded } from './degree-bounded-selection.js';
import { SCORE_SCALE } from './objective-weights.js';
import type { ScheduleState } from './schedule-state.js';

export interface AggregateBound {
  /** An upper bound on the total score of any schedule (locked meetings included). */
  bound: number;
  /** The bound's optimum without its rounding slack, in scaled units (locked meetings excluded). */
  optimum: number;
  /** Edges of the relaxed optimum: a starting point for the schedule. */
  chosen: Uint8Array;
}

/** The time-free relaxation of the schedule as it stands (locked meetings already placed). */
export interface Relaxation {
  /** Meetings each person can still have: their maximum less locked ones, at most their free rounds. */
  capacity: Int32Array;
  /** Pairs that are not locked and share a free round. */
  enabled: Uint8Array;
  /** Σ_round min(free tables, people free on each side, or half of them without sides). */
  maxEdges: number;
  lockedScore: number;
}

export function timeFreeRelaxation(state: ScheduleState, firstSide: Uint8Array | null): Relaxation {
  const { prepared } = state;
  const { edges, rounds, tables, available, maxMeetings } = prepared;
  const people = prepared.ids.length;
  const free = new Uint8Array(people * rounds);
  const capacity = new Int32Array(people);
  for (let i = 0; i < people; i++) {
    let freeRounds = 0;
    for (let r = 0; r < rounds; r++) {
      free[i * rounds + r] = available[i * rounds + r] && state.isFree(i, r) ? 1 : 0;
      freeRounds += free[i * rounds + r];
    }
    capacity[i] = Math.max(0, Math.min(maxMeetings[i] - state.meetings[i], freeRounds));
  }
  const enabled = new Uint8Array(edges.count);
  let lockedScore = 0;
  for (let e = 0; e < edges.count; e++) {
    if (edges.locked[e]) {
      lockedScore += edges.score[e];
      continue;
    }
    const u = edges.from[e];
    const v = edges.to[e];
    for (let r = 0; r < rounds && !enabled[e]; r++)
      if (free[u * rounds + r] && free[v * rounds + r]) enabled[e] = 1;
  }
  let maxEdges = 0;
  for (let r = 0; r < rounds; r++) {
    const counts = [0, 0];
    for (let i = 0; i < people; i++)
      if (free[i * rounds + r] && capacity[i] > 0) counts[firstSide ? firstSide[i] : 0] += 1;
    const pairs = firstSide ? Math.min(counts[0], counts[1]) : Math.floor(counts[0] / 2);
    maxEdges += Math.max(0, Math.min(tables - state.lockedLoad[r], pairs));
  }
  return { capacity, enabled, maxEdges, lockedScore };
}

/**
 * The time-free relaxation: the best set of pairs with at most as many meetings per person as
 * they have free rounds (and their maximum), only pairs with a free round in common, and at
 * most Σ_round min(free tables, people free on each side) in all — every schedule is such a
 * set, so its optimum bounds every schedule. Without two sides, the same flow on the bipartite
 * double cover (each person once per side, each pair in both directions) bounds twice the
 * score: it is the degree-constrained LP relaxation. Scores are rounded to 1e-6 for the flow,
 * so the bound adds half a unit per possible meeting to stay above any real-valued total.
 */
export function aggregateBound(
  state: ScheduleState,
  relaxation: Relaxation,
  firstSide: Uint8Array | null,
  onProgress?: (fraction: number) => void,
): AggregateBound {
  const { edges } = state.prepared;
  const people = state.prepared.ids.length;
  const { capacity, enabled, maxEdges, lockedScore } = relaxation;
  if (firstSide) {
    const selection = selectDegreeBounded({
      firstSide,
      capacity,
      edgeFrom: edges.from,
      edgeTo: edges.to,
      edgeWeight: edges.weight,
      edgeEnabled: enabled,
      maxEdges,
      onProgress,
    });
    return {
      bound: lockedScore + (selection.weight + 0.5 * maxEdges) / SCORE_SCALE,
      optimum: selection.weight,
      chosen: selection.chosen,
    };
  }

  // Double cover: person i is i on the first side and people + i on the other.
  const m = edges.count;
  const coverSide = new Uint8Array(2 * people);
  coverSide.fill(1, 0, people);
  const coverCapacity = new Int32Array(2 * people);
  coverCapacity.set(capacity, 0);
  coverCapacity.set(capacity, people);
  const coverFrom = new Int32Array(2 * m);
  const coverTo = new Int32Array(2 * m);
  const coverWeight = new Float64Array(2 * m);
  const coverEnabled = new Uint8Array(2 * m);
  for (let e = 0; e < m; e++) {
    coverFrom[2 * e] = edges.from[e];
    coverTo[2 * e] = people + edges.to[e];
    coverFrom[2 * e + 1] = edges.to[e];
    coverTo[2 * e + 1] = people + edges.from[e];
    coverWeight[2 * e] = coverWeight[2 * e + 1] = edges.weight[e];
    coverEnabled[2 * e] = coverEnabled[2 * e + 1] = enabled[e];
  }
  const selection = selectDegreeBounded({
    firstSide: coverSide,
    capacity: coverCapacity,
    edgeFrom: coverFrom,
    edgeTo: coverTo,
    edgeWeight: coverWeight,
    edgeEnabled: coverEnabled,
    maxEdges: 2 * maxEdges,
    onProgress,
  });
  const chosen = new Uint8Array(m);
  for (let e = 0; e < m; e++) chosen[e] = selection.chosen[2 * e] | selection.chosen[2 * e + 1];
  return {
    bound: lockedScore + (selection.weight / 2 + 0.5 * maxEdges) / SCORE_SCALE,
    optimum: selection.weight / 2,
    chosen,
  };
}

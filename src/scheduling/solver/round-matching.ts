import { selectDegreeBounded } from './degree-bounded-selection.js';
import { greedyMatching } from './greedy-matching.js';
import { edgeValue, ObjectiveBonuses } from './objective-weights.js';
import type { ScheduleState } from './schedule-state.js';

export interface RoundContext {
  state: ScheduleState;
  firstSide: Uint8Array | null;
  bonuses: ObjectiveBonuses;
}

/**
 * Re-chooses the meetings of one round with every other round fixed, for the ordered objective:
 * the people free to meet then are those who attend, are not in a locked meeting and are below
 * their maximum counting the other rounds; an edge's value is its score (plus stability and
 * must-meet bonuses) plus the coverage bonus for each of its two people still below their
 * minimum — exactly what the round adds to the ordered objective. With two sides this is a
 * maximum-weight matching of at most the free tables, solved by flow over each person's
 * strongest candidates and the round's current meetings; the round only changes when that
 * gains, so the objective never decreases. Returns whether the round changed.
 */
export function resolveRound(context: RoundContext, round: number): boolean {
  const { state, firstSide, bonuses } = context;
  const { edges, rounds, tables, available, maxMeetings, minMeetings } = state.prepared;
  const people = state.prepared.ids.length;
  const eligible = new Int32Array(people);
  const below = new Uint8Array(people);
  for (let i = 0; i < people; i++) {
    const here = state.slot[i * rounds + round];
    if (!available[i * rounds + round] || (here >= 0 && edges.locked[here])) continue;
    const elsewhere = state.meetings[i] - (here >= 0 ? 1 : 0);
    if (elsewhere >= maxMeetings[i]) continue;
    eligible[i] = 1;
    below[i] = elsewhere < minMeetings[i] ? 1 : 0;
  }
  const value = new Float64Array(edges.count);
  const enabled = new Uint8Array(edges.count);
  const candidates: number[] = [];
  let current = 0;
  for (let e = 0; e < edges.count; e++) {
    const r = state.roundOf[e];
    if (edges.locked[e] || (r >= 0 && r !== round)) continue;
    const u = edges.from[e];
    const v = edges.to[e];
    if (!eligible[u] || !eligible[v]) continue;
    value[e] = edgeValue(edges, e, bonuses, round) + bonuses.coverage * (below[u] + below[v]);
    enabled[e] = 1;
    candidates.push(e);
    if (r === round) current += value[e];
  }
  const limit = tables - state.lockedLoad[round];
  const kept = strongestCandidates(
    candidates,
    value,
    edges.from,
    edges.to,
    people,
    (e) => state.roundOf[e] === round,
  );
  enabled.fill(0);
  for (const e of kept) enabled[e] = 1;
  let chosen: number[];
  if (firstSide) {
    const selection = selectDegreeBounded({
      firstSide,
      capacity: eligible,
      edgeFrom: edges.from,
      edgeTo: edges.to,
      edgeWeight: value,
      edgeEnabled: enabled,
      maxEdges: limit,
    });
    chosen = kept.filter((e) => selection.chosen[e]);
  } else {
    chosen = greedyMatching(people, edges.from, edges.to, value, kept, limit);
  }
  let next = 0;
  for (const e of chosen) next += value[e];
  if (next <= current) return false;
  for (const e of candidates) if (state.roundOf[e] === round) state.remove(e);
  for (const e of chosen) state.place(e, round);
  return true;
}

/** Candidate edges kept per person for a round: a person's best ones are where their meeting is. */
const KEPT_PER_PERSON = 12;

/**
 * The edges among either person's KEPT_PER_PERSON most valuable candidates (ties kept), plus
 * those already in the round, so the current matching stays feasible and the re-solve can
 * only gain. A round seats each person once, so weaker edges rarely matter, and the flow shrinks.
 */
function strongestCandidates(
  candidates: readonly number[],
  value: Float64Array,
  from: Int32Array,
  to: Int32Array,
  people: number,
  inRound: (e: number) => boolean,
): number[] {
  const first = new Int32Array(people + 1);
  for (const e of candidates) {
    first[from[e] + 1] += 1;
    first[to[e] + 1] += 1;
  }
  for (let i = 0; i < people; i++) first[i + 1] += first[i];
  const fill = first.slice(0, people);
  const values = new Float64Array(first[people]);
  for (const e of candidates) {
    values[fill[from[e]]++] = value[e];
    values[fill[to[e]]++] = value[e];
  }
  // Each person's threshold: the KEPT_PER_PERSON-th largest value of their candidates.
  const threshold = new Float64Array(people).fill(-Infinity);
  for (let i = 0; i < people; i++) {
    const count = first[i + 1] - first[i];
    if (count <= KEPT_PER_PERSON) continue;
    const own = values.subarray(first[i], first[i + 1]).sort();
    threshold[i] = own[count - KEPT_PER_PERSON];
  }
  return candidates.filter(
    (e) => value[e] >= threshold[from[e]] || value[e] >= threshold[to[e]] || inRound(e),
  );
}

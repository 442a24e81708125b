import { freeBySwap } from './kempe-swap.js';
import type { ScheduleState } from './schedule-state.js';

/**
 * A first schedule: must-meet pairs (those with the fewest common rounds first), then the pairs
 * of the time-free optimum, previous meetings first and then by value, each in its previous
 * round if it fits, else the least loaded round where it fits, else after moving one of the
 * two people's other meetings to another round, else after exchanging two rounds along a chain.
 */
export function constructSchedule(
  state: ScheduleState,
  start: Uint8Array,
  value: Float64Array,
): void {
  const { edges, rounds, available } = state.prepared;
  const commonRounds = (e: number) => {
    let shared = 0;
    for (let r = 0; r < rounds; r++)
      shared += available[edges.from[e] * rounds + r] & available[edges.to[e] * rounds + r];
    return shared;
  };
  const mustMeet = state.prepared.mustMeet
    .map((pair) => pair.edge)
    .filter((e) => state.roundOf[e] < 0)
    .map((e) => ({ e, shared: commonRounds(e) }))
    .sort((x, y) => x.shared - y.shared || x.e - y.e)
    .map(({ e }) => e);
  for (const e of mustMeet) placeSomewhere(state, e);

  const others: number[] = [];
  for (let e = 0; e < edges.count; e++) if (start[e] && state.roundOf[e] < 0) others.push(e);
  others.sort(
    (x, y) =>
      Number(edges.previousRound[y] >= 0) - Number(edges.previousRound[x] >= 0) ||
      value[y] - value[x] ||
      x - y,
  );
  for (const e of others) placeSomewhere(state, e);
}

/** Places edge e if it can, moving other meetings to other rounds if need be; false if not. */
export function placeSomewhere(state: ScheduleState, e: number): boolean {
  const round = bestRound(state, e);
  if (round >= 0) {
    state.place(e, round);
    return true;
  }
  return placeAfterMoves(state, e) || placeAfterSwaps(state, e);
}

/** Frees both people in some round they both attend by round exchanges (see freeBySwap). */
function placeAfterSwaps(state: ScheduleState, e: number): boolean {
  const { edges, rounds, available, maxMeetings } = state.prepared;
  const u = edges.from[e];
  const v = edges.to[e];
  if (state.meetings[u] >= maxMeetings[u] || state.meetings[v] >= maxMeetings[v]) return false;
  for (let r = 0; r < rounds; r++) {
    if (!available[u * rounds + r] || !available[v * rounds + r]) continue;
    const mark = state.mark();
    if (freeBySwap(state, u, r, v) && freeBySwap(state, v, r, u) && state.fits(e, r)) {
      state.place(e, r);
      state.commit();
      return true;
    }
    state.rollback(mark);
  }
  return false;
}

function bestRound(state: ScheduleState, e: number): number {
  const wish = state.prepared.edges.previousRound[e];
  if (wish >= 0 && state.fits(e, wish)) return wish;
  let best = -1;
  for (let r = 0; r < state.prepared.rounds; r++)
    if (state.fits(e, r) && (best < 0 || state.load[r] < state.load[best])) best = r;
  return best;
}

/**
 * For each round both attend with a free table: the people already busy there have their
 * meeting moved to another round where it fits; if that frees both, e takes the round.
 */
function placeAfterMoves(state: ScheduleState, e: number): boolean {
  const { edges, rounds, available, tables, maxMeetings } = state.prepared;
  const u = edges.from[e];
  const v = edges.to[e];
  if (state.meetings[u] >= maxMeetings[u] || state.meetings[v] >= maxMeetings[v]) return false;
  for (let r = 0; r < rounds; r++) {
    if (!available[u * rounds + r] || !available[v * rounds + r] || state.load[r] >= tables)
      continue;
    const blockers = [state.slot[u * rounds + r], state.slot[v * rounds + r]].filter(
      (f, i, all) => f >= 0 && all.indexOf(f) === i,
    );
    if (blockers.some((f) => edges.locked[f])) continue;
    const moves: [number, number][] = [];
    for (const f of blockers) {
      state.remove(f);
      let target = -1;
      for (let r2 = 0; r2 < rounds && target < 0; r2++)
        if (r2 !== r && state.fits(f, r2)) target = r2;
      if (target < 0) {
        state.place(f, r);
        break;
      }
      state.place(f, target);
      moves.push([f, r]);
    }
    if (moves.length === blockers.length && state.fits(e, r)) {
      state.place(e, r);
      return true;
    }
    // Undo: put every moved meeting back where it was.
    for (const [f, from] of moves) {
      state.remove(f);
      state.place(f, from);
    }
  }
  return false;
}

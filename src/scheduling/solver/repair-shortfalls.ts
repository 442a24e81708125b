import { placeSomewhere } from './construct-schedule.js';
import type { ScheduleState } from './schedule-state.js';

/** Candidate meetings tried per person below their minimum: the best ones, by value. */
const TRIES_PER_PERSON = 12;

/**
 * What re-solving one round at a time cannot do for people below their minimum and unmet
 * must-meet pairs: place a meeting after moving other meetings to other rounds; or in a full
 * round after dropping its least valuable meeting between people who stay at or above their
 * minimum; or, when the partner has their maximum, in place of one of the partner's meetings
 * whose other person stays at their minimum or finds another meeting. Each step gains in the
 * ordered objective (coverage and must-meet pairs outrank score). Returns whether anything changed.
 */
export function repairShortfalls(state: ScheduleState, value: Float64Array): boolean {
  const { edges, minMeetings } = state.prepared;
  const people = minMeetings.length;
  const incident: number[][] = Array.from({ length: people }, () => []);
  for (let e = 0; e < edges.count; e++) {
    if (edges.locked[e]) continue;
    incident[edges.from[e]].push(e);
    incident[edges.to[e]].push(e);
  }
  const dropper = new WeakestMeetings(state, value);
  let changed = false;
  const simply = (e: number) => placeSomewhere(state, e) || dropper.placeByDropping(e);
  const place = (e: number) => simply(e) || placeInstead(state, e, incident, simply);
  for (const pair of state.prepared.mustMeet)
    if (state.roundOf[pair.edge] < 0 && place(pair.edge)) changed = true;
  for (let person = 0; person < people; person++) {
    if (state.meetings[person] >= minMeetings[person]) continue;
    const best = incident[person]
      .filter((e) => state.roundOf[e] < 0)
      .sort((x, y) => value[y] - value[x] || x - y)
      .slice(0, TRIES_PER_PERSON);
    for (const e of best) {
      if (state.meetings[person] >= minMeetings[person]) break;
      if (state.roundOf[e] < 0 && place(e)) changed = true;
    }
  }
  return changed;
}

/** Places e in place of a meeting of a partner who has their maximum (see repairShortfalls). */
function placeInstead(
  state: ScheduleState,
  e: number,
  incident: readonly number[][],
  simply: (e: number) => boolean,
): boolean {
  const { edges, rounds, maxMeetings, minMeetings } = state.prepared;
  for (const full of [edges.from[e], edges.to[e]]) {
    if (state.meetings[full] < maxMeetings[full]) continue;
    for (let r = 0; r < rounds; r++) {
      const given = state.slot[full * rounds + r];
      if (given < 0 || given === e || edges.locked[given] || edges.mustMeet[given]) continue;
      const left = edges.from[given] === full ? edges.to[given] : edges.from[given];
      const mark = state.mark();
      state.remove(given);
      const kept =
        simply(e) &&
        (state.meetings[left] >= minMeetings[left] ||
          incident[left].some(
            (f) => f !== given && state.roundOf[f] < 0 && placeSomewhere(state, f),
          ));
      if (kept) {
        state.commit();
        return true;
      }
      state.rollback(mark);
    }
  }
  return false;
}

/** Each full round's least valuable meeting that may go, found again only when it no longer may. */
class WeakestMeetings {
  private readonly weakest: Int32Array;

  constructor(
    private readonly state: ScheduleState,
    private readonly value: Float64Array,
  ) {
    this.weakest = new Int32Array(state.prepared.rounds).fill(-1);
  }

  /** Places e in a full round both attend and are free in, dropping that round's weakest meeting. */
  placeByDropping(e: number): boolean {
    const { state } = this;
    const { edges, rounds, available, maxMeetings, tables } = state.prepared;
    const u = edges.from[e];
    const v = edges.to[e];
    if (state.meetings[u] >= maxMeetings[u] || state.meetings[v] >= maxMeetings[v]) return false;
    let round = -1;
    for (let r = 0; r < rounds; r++) {
      if (state.load[r] < tables || !available[u * rounds + r] || !available[v * rounds + r])
        continue;
      if (!state.isFree(u, r) || !state.isFree(v, r)) continue;
      const drop = this.weakestIn(r);
      if (drop >= 0 && (round < 0 || this.value[drop] < this.value[this.weakest[round]])) round = r;
    }
    if (round < 0) return false;
    state.remove(this.weakest[round]);
    this.weakest[round] = -1;
    state.place(e, round);
    return true;
  }

  private droppable(f: number): boolean {
    const { edges, minMeetings } = this.state.prepared;
    const { meetings, roundOf } = this.state;
    return (
      roundOf[f] >= 0 &&
      !edges.locked[f] &&
      !edges.mustMeet[f] &&
      meetings[edges.from[f]] > minMeetings[edges.from[f]] &&
      meetings[edges.to[f]] > minMeetings[edges.to[f]]
    );
  }

  private weakestIn(round: number): number {
    const known = this.weakest[round];
    if (known >= 0 && this.state.roundOf[known] === round && this.droppable(known)) return known;
    const { rounds } = this.state.prepared;
    let weakest = -1;
    for (let i = 0; i < this.state.meetings.length; i++) {
      const f = this.state.slot[i * rounds + round];
      if (f >= 0 && this.droppable(f) && (weakest < 0 || this.value[f] < this.value[weakest]))
        weakest = f;
    }
    this.weakest[round] = weakest;
    return weakest;
  }
}

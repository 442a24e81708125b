import type { PreparedProblem } from './prepared-problem.js';

/** A schedule being built: who meets whom in which round, kept consistent at every step. */
export class ScheduleState {
  readonly roundOf: Int32Array;
  /** slot[person * rounds + round]: the edge the person is in, or -1. */
  readonly slot: Int32Array;
  readonly meetings: Int32Array;
  readonly load: Int32Array;
  /** Tables taken by locked meetings in each round. */
  readonly lockedLoad: Int32Array;
  /** Changes since the oldest open mark, as (edge, round) with round -1 - r for a removal. */
  private readonly journal: number[] = [];
  private openMarks = 0;

  constructor(readonly prepared: PreparedProblem) {
    const { rounds, ids, edges } = prepared;
    this.roundOf = new Int32Array(edges.count).fill(-1);
    this.slot = new Int32Array(ids.length * rounds).fill(-1);
    this.meetings = new Int32Array(ids.length);
    this.load = new Int32Array(rounds);
    this.lockedLoad = new Int32Array(rounds);
    for (const meeting of prepared.locked) {
      this.place(meeting.edge, meeting.round);
      this.lockedLoad[meeting.round] += 1;
    }
  }

  isFree(person: number, round: number): boolean {
    return this.slot[person * this.prepared.rounds + round] === -1;
  }

  /** Whether edge e can go into round r as things stand (not counting e itself if already there). */
  fits(e: number, r: number): boolean {
    const { edges, rounds, available, maxMeetings, tables } = this.prepared;
    if (this.roundOf[e] >= 0 || this.load[r] >= tables) return false;
    for (const person of [edges.from[e], edges.to[e]]) {
      if (!available[person * rounds + r] || this.slot[person * rounds + r] !== -1) return false;
      if (this.meetings[person] >= maxMeetings[person]) return false;
    }
    return true;
  }

  /** Starts recording changes, so that a tentative sequence of moves can be undone. */
  mark(): number {
    this.openMarks += 1;
    return this.journal.length;
  }

  /** Keeps the changes since the mark. */
  commit(): void {
    this.openMarks -= 1;
    if (this.openMarks === 0) this.journal.length = 0;
  }

  /** Undoes the changes since the mark. */
  rollback(mark: number): void {
    while (this.journal.length > mark) {
      const round = this.journal.pop() as number;
      const e = this.journal.pop() as number;
      if (round >= 0) this.unrecorded(() => this.remove(e));
      else this.unrecorded(() => this.place(e, -1 - round));
    }
    this.commit();
  }

  place(e: number, r: number): void {
    const { edges, rounds } = this.prepared;
    if (this.openMarks > 0) this.journal.push(e, r);
    this.roundOf[e] = r;
    this.slot[edges.from[e] * rounds + r] = e;
    this.slot[edges.to[e] * rounds + r] = e;
    this.meetings[edges.from[e]] += 1;
    this.meetings[edges.to[e]] += 1;
    this.load[r] += 1;
  }

  remove(e: number): void {
    const { edges, rounds } = this.prepared;
    const r = this.roundOf[e];
    if (this.openMarks > 0) this.journal.push(e, -1 - r);
    this.roundOf[e] = -1;
    this.slot[edges.from[e] * rounds + r] = -1;
    this.slot[edges.to[e] * rounds + r] = -1;
    this.meetings[edges.from[e]] -= 1;
    this.meetings[edges.to[e]] -= 1;
    this.load[r] -= 1;
  }

  private unrecorded(change: () => void): void {
    const open = this.openMarks;
    this.openMarks = 0;
    change();
    this.openMarks = open;
  }
}

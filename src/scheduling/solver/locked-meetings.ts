import type { ScheduleProblem } from './schedule-problem.js';
import { ScheduleProblemError } from './schedule-problem-error.js';

export interface LockedPair {
  /** The pair's key (see pairKey in allowed-pairs.ts). */
  key: number;
  round: number;
  table: number;
  /** Whether a is the higher-numbered person. */
  reversed: boolean;
}

/** Locked meetings are already published: one that cannot stand is an error, not a hint. */
export function lockedPairs(
  problem: ScheduleProblem,
  index: Map<string, number>,
  key: (i: number, j: number) => number,
): LockedPair[] {
  const pairs: LockedPair[] = [];
  const seats = new Set<string>();
  const seen = new Set<number>();
  for (const meeting of problem.locked ?? []) {
    const name = `locked meeting ${meeting.a}–${meeting.b} (round ${meeting.round}, table ${meeting.table})`;
    const refuse = (why: string) => new ScheduleProblemError(`${name}: ${why}`);
    const i = index.get(meeting.a);
    const j = index.get(meeting.b);
    if (i === undefined || j === undefined)
      throw refuse(`${i === undefined ? meeting.a : meeting.b} is not a participant`);
    if (i === j) throw refuse('a participant cannot meet themselves');
    if (!Number.isInteger(meeting.round) || meeting.round < 1 || meeting.round > problem.rounds)
      throw refuse(`the round is not between 1 and ${problem.rounds}`);
    if (!Number.isInteger(meeting.table) || meeting.table < 1 || meeting.table > problem.tables)
      throw refuse(`the table is not between 1 and ${problem.tables}`);
    const k = key(i, j);
    if (seen.has(k)) throw refuse('the pair is locked twice');
    seen.add(k);
    for (const seat of [
      `t${meeting.round}:${meeting.table}`,
      `p${meeting.round}:${i}`,
      `p${meeting.round}:${j}`,
    ]) {
      if (seats.has(seat))
        throw refuse(
          `${seat.startsWith('t') ? 'the table' : 'a participant'} is already taken in that round`,
        );
      seats.add(seat);
    }
    pairs.push({ key: k, round: meeting.round, table: meeting.table, reversed: i > j });
  }
  return pairs;
}

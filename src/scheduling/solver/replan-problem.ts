/**
 * Re-planning on the day: the schedule as it stands, who is in the room, and what a re-plan
 * from round N returns. Plain data, like the rest of the solver's API.
 */
import type { ScheduledMeeting, ScheduleSolution } from './schedule-problem.js';

/** A meeting of the schedule being followed: who, in which round (1-based), at which table. */
export interface SeatedMeeting {
  a: string;
  b: string;
  round: number;
  table: number;
}

export interface ReplanOptions {
  /** First round (1-based) that may change; rounds before it are history. */
  fromRound: number;
  /** Participants checked in. */
  present: readonly string[];
  /** Participants not checked in whom the organiser keeps in rounds ≥ fromRound all the same. */
  keep?: readonly string[];
}

/** Why a meeting of rounds ≥ fromRound is not in the re-planned schedule. */
export type DroppedReason =
  /** One of the two is neither present nor kept. */
  | 'absent'
  /** Both attend, but the seat no longer stands (rules, availability, tables or caps changed) and the pair found no other. */
  | 'no-longer-fits';

export interface MovedMeeting {
  a: string;
  b: string;
  from: { round: number; table: number };
  to: { round: number; table: number };
}

/** What the re-plan changed in rounds ≥ fromRound, against the schedule it started from. */
export interface ReplanChanges {
  /** Same pair, same round and table. */
  kept: SeatedMeeting[];
  /** Same pair, another round or table. */
  moved: MovedMeeting[];
  /** Pairs that did not meet in those rounds before. */
  added: ScheduledMeeting[];
  dropped: (SeatedMeeting & { reason: DroppedReason })[];
  /** Everyone in a moved, added or dropped meeting, in id order. */
  affected: string[];
}

/**
 * The re-planned event. `meetings` is the whole event (history unchanged, then the new rounds
 * ≥ fromRound); `totalScore`, `upperBound` and `gap` are those of rounds ≥ fromRound only, the
 * bound being an upper bound on any re-plan under the same constraints (history fixed, meetings
 * of people in the room kept at their seats, absentees out).
 */
export interface ReplanSolution extends ScheduleSolution {
  fromRound: number;
  changes: ReplanChanges;
}

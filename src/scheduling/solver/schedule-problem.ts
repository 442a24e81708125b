/**
 * The speed-meeting scheduling problem as the pure solver sees it: opaque participant ids,
 * scored candidate pairs, rounds numbered from 1 and tables numbered from 1.
 * Nothing here knows about HTTP, the database or queues.
 */

export interface SchedulingParticipant {
  id: string;
  /** Country or any other side label; when every candidate pair joins two sides the graph is bipartite. */
  side: string;
  /** Rounds (1-based) the person attends; absent = every round. */
  availableRounds?: readonly number[];
  /** Per-person overrides of the problem's minMeetings / maxMeetings. */
  minMeetings?: number;
  maxMeetings?: number;
}

/** An unordered pair that may meet, scored by matching (symmetric score, 0 < score ≤ 1). */
export interface CandidatePair {
  a: string;
  b: string;
  score: number;
  needsInterpreter: boolean;
}

/** A meeting fixed in advance (already published): it stays at this round and table. */
export interface LockedMeeting {
  a: string;
  b: string;
  round: number;
  table: number;
}

export interface ScheduleProblem {
  participants: readonly SchedulingParticipant[];
  candidates: readonly CandidatePair[];
  rounds: number;
  tables: number;
  /** Pairs scoring below are never scheduled (must-meet pairs excepted). Default 0. */
  minScore?: number;
  /** Everyone available with acceptable partners should get at least this many. Default 1. */
  minMeetings?: number;
  /** Nobody gets more. Default `rounds`. */
  maxMeetings?: number;
  /** Scheduled whenever feasible, even below minScore or absent from candidates. */
  mustMeet?: readonly (readonly [string, string])[];
  /** Never scheduled. */
  mustNotMeet?: readonly (readonly [string, string])[];
  locked?: readonly LockedMeeting[];
  /** Pairs without a common language are left out unless true. Default true. */
  allowInterpreterPairs?: boolean;
  /**
   * Meetings of the schedule being regenerated (not locked): keep as many as possible where they
   * were, so a late registration moves few people.
   */
  previous?: readonly LockedMeeting[];
  /** Tie-breaking seed: same problem and seed, same schedule. Default 0. */
  seed?: number;
}

export interface ScheduledMeeting {
  round: number;
  table: number;
  a: string;
  b: string;
  score: number;
  needsInterpreter: boolean;
  locked: boolean;
  mustMeet: boolean;
}

export type ShortfallReason =
  /** Attends fewer rounds than the minimum. */
  | 'too-few-rounds-available'
  /** Fewer acceptable partners (score, must-not-meet, interpreter rule) than the minimum. */
  | 'too-few-acceptable-partners'
  /** Partners exist, but their rounds, tables or meeting caps were taken. */
  | 'partners-or-tables-taken';

export interface Shortfall {
  participantId: string;
  meetings: number;
  minimum: number;
  reason: ShortfallReason;
}

export interface ScheduleSolution {
  meetings: ScheduledMeeting[];
  totalScore: number;
  /**
   * An upper bound on the total score of any schedule meeting the same constraints.
   * Must-meet pairs and minimums count as constraints, honoured as far as they can be: with the
   * 'exact' method the bound is the optimum of that ordered objective (score alone second to
   * placing must-meet pairs and bringing people up to their minimum); with 'heuristic' it is a
   * relaxation that ignores them too, so it also bounds schedules that would not honour them.
   */
  upperBound: number;
  /** (upperBound − totalScore) / upperBound; 0 when proved optimal or when nothing can be scheduled. */
  gap: number;
  method: 'exact' | 'heuristic';
  shortfalls: Shortfall[];
  /** Must-meet pairs that could not be placed, with why. */
  unmetMustMeet: { a: string; b: string; reason: string }[];
}

/** Called now and then with a fraction in [0, 1]; the worker turns it into job progress. */
export type ProgressListener = (fraction: number) => void;

import type { ShortfallReason } from './solver/schedule-problem.js';

/** How good a schedule is, as the organiser reads it. */
export interface ScheduleStats {
  meetings: number;
  totalScore: number;
  upperBound: number;
  gap: number;
  method: 'exact' | 'heuristic';
  participants: number;
  meetingsPerParticipant: { min: number; mean: number; max: number };
  interpreterMeetings: number;
  lockedMeetings: number;
  /** Meetings of the schedule it regenerates that stayed at the same round and table. */
  keptMeetings: number | null;
  withoutMeeting: string[];
  shortfalls: {
    externalId: string;
    meetings: number;
    minimum: number;
    /** `partner-erased`: they had enough meetings until a partner was erased. */
    reason: ShortfallReason | 'partner-erased';
  }[];
  unmetMustMeet: { a: string; b: string; reason: string }[];
  solveMs: number;
}

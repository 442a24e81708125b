import type { EventJobData } from '../../jobs/event-job-data.js';

export interface MatchingShardJobData extends EventJobData {
  runId: string;
  shard: number;
}

export interface FinishMatchingRunJobData extends EventJobData {
  runId: string;
}

export interface UpdateParticipantMatchesJobData extends EventJobData {
  participantId: string;
  /** Participants whose lists held someone just erased: their lists are refilled. */
  refill?: string[];
}

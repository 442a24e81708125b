export interface MatchingShardJobData {
  runId: string;
  shard: number;
}

export interface FinishMatchingRunJobData {
  runId: string;
}

export interface UpdateParticipantMatchesJobData {
  eventId: string;
  participantId: string;
  /** Participants whose lists held someone just erased: their lists are refilled. */
  refill?: string[];
}

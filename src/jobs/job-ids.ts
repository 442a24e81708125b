/**
 * Job ids, built in one place. BullMQ ignores a custom id while a job with that id exists in
 * any state and forbids ":" in ids, so each id names one unit of work exactly once.
 */
export const jobIds = {
  importParticipants: (importId: string) => `import-${importId}`,
  matchingRun: (runId: string) => `matching-run-${runId}`,
  matchingShard: (runId: string, shard: number) => `matching-run-${runId}-shard-${shard}`,
  /** Not a job id but a deduplication key: one pending update per participant. */
  participantMatchesKey: (participantId: string) => `participant-matches-${participantId}`,
};

/**
 * Job ids, built in one place. BullMQ ignores a custom id while a job with that id exists in
 * any state and forbids ":" in ids, so each id names one unit of work exactly once.
 */
export const jobIds = {
  importParticipants: (importId: string) => `import-${importId}`,
  matchingRun: (runId: string) => `matching-run-${runId}`,
  matchingShard: (runId: string, shard: number) => `matching-run-${runId}-shard-${shard}`,
  solveSchedule: (scheduleId: string) => `schedule-${scheduleId}`,
  planMailing: (mailingId: string) => `mailing-${mailingId}`,
  /** Removes a dry run's result (it names people) when its time is up. */
  dryRunExpiry: (mailingId: string) => `mailing-${mailingId}-expiry`,
  /** Per mailing: a re-trigger may queue again an e-mail whose earlier job failed. */
  sendEmail: (mailingId: string, deliveryId: string) => `mailing-${mailingId}-email-${deliveryId}`,
  /** Not a job id but a deduplication key: one pending update per participant. */
  participantMatchesKey: (participantId: string) => `participant-matches-${participantId}`,
};

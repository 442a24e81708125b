/** Every BullMQ queue of the service; a queue name is written nowhere else. */
export const QueueName = {
  Imports: 'imports',
  Matching: 'matching',
  Scheduling: 'scheduling',
  Notifications: 'notifications',
} as const;
export type QueueName = (typeof QueueName)[keyof typeof QueueName];

/** Every job name, with the queue it runs on; a worker refuses to boot if one has no handler. */
export const JobName = {
  ImportParticipants: 'import-participants',
  ComputeMatchingShard: 'compute-matching-shard',
  FinishMatchingRun: 'finish-matching-run',
  UpdateParticipantMatches: 'update-participant-matches',
  SolveSchedule: 'solve-schedule',
  PlanMailing: 'plan-mailing',
  SendEmail: 'send-email',
  ExpireDryRun: 'expire-dry-run',
} as const;
export type JobName = (typeof JobName)[keyof typeof JobName];

export const QUEUE_OF_JOB: Record<JobName, QueueName> = {
  [JobName.ImportParticipants]: QueueName.Imports,
  [JobName.ComputeMatchingShard]: QueueName.Matching,
  [JobName.FinishMatchingRun]: QueueName.Matching,
  [JobName.UpdateParticipantMatches]: QueueName.Matching,
  [JobName.SolveSchedule]: QueueName.Scheduling,
  [JobName.PlanMailing]: QueueName.Notifications,
  [JobName.SendEmail]: QueueName.Notifications,
  [JobName.ExpireDryRun]: QueueName.Notifications,
};

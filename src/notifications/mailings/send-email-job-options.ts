import type { JobsOptions } from 'bullmq';
import { DEFAULT_JOB_OPTIONS } from '../../jobs/queue-defaults.js';

/**
 * Transient SMTP failures (greylisting, a full mailbox, a dropped connection) often last
 * minutes: eight attempts, 5 s apart then doubling, span about ten minutes. Sends carry a
 * priority so that a planning job, which has none, never waits behind a long batch.
 */
export const SEND_EMAIL_JOB_OPTIONS: JobsOptions = {
  ...DEFAULT_JOB_OPTIONS,
  attempts: 8,
  backoff: { type: 'exponential', delay: 5_000 },
  priority: 1,
};

/** Dry-run results list external ids: they leave Redis after an hour. */
export const DRY_RUN_JOB_OPTIONS: JobsOptions = { removeOnComplete: { age: 3600 } };

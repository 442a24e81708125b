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

/** How long a dry run's result (it lists external ids) stays readable at GET /jobs/:id. */
export const DRY_RUN_RESULT_TTL_MS = 3_600_000;

/**
 * BullMQ's age-based removal only runs when a later job of the queue completes, so a quiet
 * queue would keep the result for good: the expiry job (below) removes it on time.
 */
export const DRY_RUN_JOB_OPTIONS: JobsOptions = {
  removeOnComplete: { age: DRY_RUN_RESULT_TTL_MS / 1000 },
};

/** The delayed job that removes a dry run's result once its hour is up. */
export const DRY_RUN_EXPIRY_JOB_OPTIONS: JobsOptions = {
  ...DEFAULT_JOB_OPTIONS,
  delay: DRY_RUN_RESULT_TTL_MS,
  removeOnComplete: true,
};

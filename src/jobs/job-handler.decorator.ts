import { SetMetadata } from '@nestjs/common';
import type { Job } from 'bullmq';
import type { JobName } from './queue-names.js';

export const JOB_HANDLER = Symbol('JOB_HANDLER');

/** Marks a provider as the processor of one job name; the worker discovers it at boot. */
export const HandlesJob = (name: JobName) => SetMetadata(JOB_HANDLER, name);

export interface JobHandler<Data = unknown, Result = unknown> {
  handle(job: Job<Data, Result>): Promise<Result>;
}

import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { HandlesJob, JobHandler } from '../../jobs/job-handler.decorator.js';
import { jobIds } from '../../jobs/job-ids.js';
import { JobName, QueueName } from '../../jobs/queue-names.js';
import { QueuesService } from '../../jobs/queues.service.js';
import type { ExpireDryRunJobData } from './mailing-job-data.js';

/** Removes a dry run's planning job, and with it the report naming who would get what. */
@Injectable()
@HandlesJob(JobName.ExpireDryRun)
export class ExpireDryRunHandler implements JobHandler<ExpireDryRunJobData, { removed: boolean }> {
  constructor(private readonly queues: QueuesService) {}

  async handle(job: Job<ExpireDryRunJobData>): Promise<{ removed: boolean }> {
    const queue = this.queues.queue(QueueName.Notifications);
    // 0 when BullMQ's own age-based removal came first.
    const removed = await queue.remove(jobIds.planMailing(job.data.mailingId));
    return { removed: removed === 1 };
  }
}

import { Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { JobName, QueueName } from '../jobs/queue-names.js';
import { QueuesService } from '../jobs/queues.service.js';

const PREFIX = 'montagne_match_';
/** The job counts a scrape reads from each queue. */
const QUEUE_STATES = ['waiting', 'active', 'delayed', 'failed'] as const;
/** Jobs and matching runs take seconds to minutes, not the milliseconds of a request. */
const JOB_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600];

/**
 * Every metric of one process, in a registry of its own (not prom-client's global one), so
 * several applications in one process (the tests) never collide.
 */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();

  private readonly httpDuration = new Histogram({
    name: `${PREFIX}http_request_duration_seconds`,
    help: 'HTTP requests by method, route pattern and status code',
    labelNames: ['method', 'route', 'status_code'],
    registers: [this.registry],
  });

  private readonly jobDuration = new Histogram({
    name: `${PREFIX}job_duration_seconds`,
    help: 'Job processing time, from a worker taking the job to its end, by queue, job name and outcome',
    labelNames: ['queue', 'name', 'status'],
    buckets: JOB_BUCKETS,
    registers: [this.registry],
  });

  private readonly matchingRunDuration = new Histogram({
    name: `${PREFIX}matching_run_duration_seconds`,
    help: 'Matching runs, from being queued to their lists becoming current',
    buckets: JOB_BUCKETS,
    registers: [this.registry],
  });

  private readonly listsWritten = new Counter({
    name: `${PREFIX}matching_lists_written_total`,
    help: 'Match lists of completed matching runs (one per participant)',
    registers: [this.registry],
  });

  private readonly emails = new Counter({
    name: `${PREFIX}emails_total`,
    help: 'E-mail deliveries recorded as sent, or as failed for good',
    labelNames: ['status'],
    registers: [this.registry],
  });

  constructor(queues: QueuesService) {
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: `${PREFIX}queue_jobs`,
      help: 'Jobs per queue and state, read from Redis at scrape time',
      labelNames: ['queue', 'state'],
      registers: [this.registry],
      async collect() {
        this.reset();
        await Promise.all(
          Object.values(QueueName).map(async (queue) => {
            // Redis down: the scrape still answers, without these (and /health says why).
            const counts = await queues
              .queue(queue)
              .getJobCounts(...QUEUE_STATES)
              .catch(() => null);
            for (const state of QUEUE_STATES) {
              if (counts) this.set({ queue, state }, counts[state] ?? 0);
            }
          }),
        );
      },
    });
    // Present from the first scrape, before any e-mail, so rate() queries work at once.
    this.emails.inc({ status: 'sent' }, 0);
    this.emails.inc({ status: 'failed' }, 0);
  }

  observeRequest(method: string, route: string, statusCode: number, seconds: number): void {
    this.httpDuration.observe({ method, route, status_code: statusCode }, seconds);
  }

  /** Called by the worker when a job ends; a finished matching run counts as a run too. */
  observeJob(queue: QueueName, job: Job, status: 'completed' | 'failed'): void {
    if (job.processedOn) {
      // A failed attempt that will be retried has no finishedOn: it ends now.
      const seconds = ((job.finishedOn ?? Date.now()) - job.processedOn) / 1000;
      this.jobDuration.observe({ queue, name: job.name, status }, seconds);
    }
    if (job.name === JobName.FinishMatchingRun && status === 'completed' && job.finishedOn) {
      // The finishing job is the parent of the run's flow: created with the run, it ends it.
      this.matchingRunDuration.observe((job.finishedOn - job.timestamp) / 1000);
      const lists = (job.returnvalue as { lists?: number } | undefined)?.lists;
      if (typeof lists === 'number') this.listsWritten.inc(lists);
    }
  }

  /** Called where a delivery's final status is written. */
  countEmail(status: 'sent' | 'failed'): void {
    this.emails.inc({ status });
  }

  async scrape(): Promise<{ contentType: string; body: string }> {
    return { contentType: this.registry.contentType, body: await this.registry.metrics() };
  }
}

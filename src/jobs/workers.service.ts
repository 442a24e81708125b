import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { Job, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { APP_CONFIG } from '../config/app-config.js';
import type { AppConfig } from '../config/app-config.js';
import { MetricsService } from '../metrics/metrics.service.js';
import { JOB_HANDLER, JobHandler } from './job-handler.decorator.js';
import { JobName, QUEUE_OF_JOB, QueueName } from './queue-names.js';
import { perMinuteLimiter } from './rate-limit.js';
import { createWorkerConnection } from './redis-connection.js';

const CPU_BOUND_QUEUES: ReadonlySet<QueueName> = new Set([
  QueueName.Matching,
  QueueName.Scheduling,
]);

/** Starts one BullMQ worker per queue and routes each job to its `@HandlesJob` provider. */
@Injectable()
export class WorkersService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Workers');
  private readonly workers: Worker[] = [];
  private readonly connections: Redis[] = [];
  /** Jobs this process is running, per queue: what a shutdown waits for. */
  private readonly running = new Map<string, Set<Promise<unknown>>>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
    private readonly metrics: MetricsService,
  ) {}

  onApplicationBootstrap(): void {
    const handlers = this.discoverHandlers();
    for (const queue of Object.values(QueueName)) {
      const connection = createWorkerConnection(this.config.redisUrl);
      connection.on('error', (error) => this.logger.warn(`Redis: ${error.message}`));
      this.connections.push(connection);
      const worker = new Worker(
        queue,
        (job: Job) => this.track(queue, handlers.get(job.name as JobName)!.handle(job)),
        {
          connection,
          prefix: this.config.queuePrefix,
          // Matching shards and the solver are CPU-bound: one at a time per process. Fairness
          // between events needs nothing more: jobs are taken oldest first (no priorities) and
          // an event has at most one pending solve (SchedulesService), so a new request waits
          // behind at most one solve of each other event, whatever one event sends.
          concurrency: CPU_BOUND_QUEUES.has(queue) ? 1 : this.config.workerConcurrency,
          // A killed worker's jobs go back to the queue once their lock expires, checked as often.
          lockDuration: this.config.jobLockDurationMs,
          stalledInterval: this.config.jobLockDurationMs,
          // E-mails leave at the rate the SMTP provider accepts, whatever the number of workers.
          ...(queue === QueueName.Notifications && {
            limiter: perMinuteLimiter(this.config.mailRatePerMinute),
          }),
        },
      );
      worker.on('completed', (job) => this.metrics.observeJob(queue, job, 'completed'));
      worker.on('failed', (job, error) => {
        this.logger.warn(`${queue}/${job?.name} ${job?.id} failed: ${error.message}`);
        if (job) this.metrics.observeJob(queue, job, 'failed');
      });
      worker.on('error', (error) => this.logger.warn(`${queue} worker: ${error.message}`));
      this.workers.push(worker);
    }
    this.logger.log(`Processing queues: ${Object.values(QueueName).join(', ')}`);
  }

  /**
   * Waits for in-flight jobs up to the shutdown timeout, then lets BullMQ hand them back.
   * Runs before `onApplicationShutdown`, where TypeORM closes the pool the jobs still need.
   */
  async beforeApplicationShutdown(): Promise<void> {
    const timeout = this.config.shutdownTimeoutMs;
    await Promise.all(
      this.workers.map(async (worker) => {
        // Not close() then close(true): once a graceful close has begun, BullMQ ignores the
        // forced one and waits for the jobs however long they take.
        await worker.pause(true);
        const finished = Promise.all(this.running.get(worker.name) ?? []);
        const timer = new Promise<'timeout'>((resolve) =>
          setTimeout(resolve, timeout, 'timeout').unref(),
        );
        if ((await Promise.race([finished, timer])) === 'timeout') {
          this.logger.warn(
            `${worker.name}: jobs still running after ${timeout} ms; releasing them`,
          );
          // Their locks are no longer renewed: another worker takes them over once they expire.
          return worker.close(true);
        }
        // Done: a graceful close lets BullMQ record their results first.
        return worker.close();
      }),
    );
    this.connections.forEach((connection) => connection.disconnect());
  }

  private track<Result>(queue: string, work: Promise<Result>): Promise<Result> {
    const jobs = this.running.get(queue) ?? new Set();
    this.running.set(queue, jobs);
    const settled = work.then(
      () => undefined,
      () => undefined,
    );
    jobs.add(settled);
    void settled.then(() => jobs.delete(settled));
    return work;
  }

  /** Fails the boot when a job name has no handler, or two, rather than at the first job. */
  private discoverHandlers(): Map<JobName, JobHandler> {
    const handlers = new Map<JobName, JobHandler>();
    for (const wrapper of this.discovery.getProviders()) {
      if (!wrapper.metatype || !wrapper.instance) continue;
      const name = this.reflector.get<JobName | undefined>(JOB_HANDLER, wrapper.metatype);
      if (!name) continue;
      if (handlers.has(name)) throw new Error(`Job "${name}" has two handlers`);
      handlers.set(name, wrapper.instance as JobHandler);
    }
    const missing = (Object.values(JobName) as JobName[]).filter((name) => !handlers.has(name));
    if (missing.length) throw new Error(`No handler for job(s): ${missing.join(', ')}`);
    for (const name of handlers.keys()) {
      if (!QUEUE_OF_JOB[name]) throw new Error(`Job "${name}" has no queue`);
    }
    return handlers;
  }
}

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
import { JOB_HANDLER, JobHandler } from './job-handler.decorator.js';
import { JobName, QUEUE_OF_JOB, QueueName } from './queue-names.js';
import { createWorkerConnection } from './redis-connection.js';

/** Starts one BullMQ worker per queue and routes each job to its `@HandlesJob` provider. */
@Injectable()
export class WorkersService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Workers');
  private readonly workers: Worker[] = [];
  private readonly connections: Redis[] = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
  ) {}

  onApplicationBootstrap(): void {
    const handlers = this.discoverHandlers();
    for (const queue of Object.values(QueueName)) {
      const connection = createWorkerConnection(this.config.redisUrl);
      connection.on('error', (error) => this.logger.warn(`Redis: ${error.message}`));
      this.connections.push(connection);
      const worker = new Worker(
        queue,
        (job: Job) => handlers.get(job.name as JobName)!.handle(job),
        {
          connection,
          prefix: this.config.queuePrefix,
          // Matching shards are CPU-bound: one at a time per process, scale with processes.
          concurrency: queue === QueueName.Matching ? 1 : this.config.workerConcurrency,
        },
      );
      worker.on('failed', (job, error) =>
        this.logger.warn(`${queue}/${job?.name} ${job?.id} failed: ${error.message}`),
      );
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
        const closed = worker.close();
        const timer = new Promise<'timeout'>((resolve) =>
          setTimeout(resolve, timeout, 'timeout').unref(),
        );
        if ((await Promise.race([closed, timer])) === 'timeout') {
          this.logger.warn(
            `${worker.name}: jobs still running after ${timeout} ms; releasing them`,
          );
          await worker.close(true);
        }
      }),
    );
    this.connections.forEach((connection) => connection.disconnect());
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

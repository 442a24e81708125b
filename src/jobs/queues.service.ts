import {
  Inject,
  Injectable,
  OnApplicationShutdown,
  ServiceUnavailableException,
} from '@nestjs/common';
import { FlowJob, FlowProducer, Job, JobNode, JobsOptions, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { APP_CONFIG } from '../config/app-config.js';
import type { AppConfig } from '../config/app-config.js';
import { QUEUE_OF_JOB, JobName, QueueName } from './queue-names.js';
import { DEFAULT_JOB_OPTIONS } from './queue-defaults.js';
import { createProducerConnection } from './redis-connection.js';

/** Producer side of every queue: the API enqueues here and reads job states back. */
@Injectable()
export class QueuesService implements OnApplicationShutdown {
  private readonly connection: Redis;
  private readonly queues: Map<QueueName, Queue>;
  private readonly flows: FlowProducer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.connection = createProducerConnection(config.redisUrl);
    this.connection.on('error', () => undefined); // reported per request as 503 instead
    this.queues = new Map(
      Object.values(QueueName).map((name) => [
        name,
        new Queue(name, {
          connection: this.connection,
          prefix: config.queuePrefix,
          defaultJobOptions: DEFAULT_JOB_OPTIONS,
        }),
      ]),
    );
    this.flows = new FlowProducer({ connection: this.connection, prefix: config.queuePrefix });
    // Without listeners, BullMQ prints every reconnection failure's stack to stderr.
    this.queues.forEach((queue) => queue.on('error', () => undefined));
    this.flows.on('error', () => undefined);
  }

  /** Adds a parent job and its children atomically (a sharded run). */
  async addFlow(flow: FlowJob): Promise<JobNode> {
    try {
      return await this.flows.add(flow);
    } catch (error) {
      throw new ServiceUnavailableException(
        `The job queue is unavailable right now (${(error as Error).message}); try again shortly`,
      );
    }
  }

  /** Enqueues a job; with Redis unreachable the caller gets a 503 rather than a hang. */
  async add<Data>(name: JobName, data: Data, options: JobsOptions): Promise<Job<Data>> {
    try {
      return (await this.queue(QUEUE_OF_JOB[name]).add(name, data, options)) as Job<Data>;
    } catch (error) {
      throw new ServiceUnavailableException(
        `The job queue is unavailable right now (${(error as Error).message}); try again shortly`,
      );
    }
  }

  /** Finds a job by id in whichever queue holds it. */
  async findJob(jobId: string): Promise<{ queue: QueueName; job: Job } | null> {
    for (const [queue, instance] of this.queues) {
      const job = await instance.getJob(jobId);
      if (job) return { queue, job };
    }
    return null;
  }

  queue(name: QueueName): Queue {
    return this.queues.get(name)!;
  }

  /** The producer connection, shared with the HTTP rate limiters (their counters live in Redis). */
  redisConnection(): Redis {
    return this.connection;
  }

  async ping(): Promise<void> {
    await this.connection.ping();
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    await this.flows.close();
    this.connection.disconnect();
  }
}

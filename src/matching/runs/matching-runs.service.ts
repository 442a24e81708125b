import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isUuid } from '../../common/uuid.js';
import { EventEntity } from '../../events/event.entity.js';
import { EventsService } from '../../events/events.service.js';
import { jobIds } from '../../jobs/job-ids.js';
import { DEFAULT_JOB_OPTIONS } from '../../jobs/queue-defaults.js';
import { JobName, QueueName } from '../../jobs/queue-names.js';
import { QueuesService } from '../../jobs/queues.service.js';
import type { FinishMatchingRunJobData, MatchingShardJobData } from './matching-job-data.js';
import { failIfLost } from './lost-runs.js';
import { MatchingRunEntity } from './matching-run.entity.js';
import { planShards, shardJobOptions } from './matching-shards.js';
import { newestFirstPage } from '../../database/newest-first-page.js';

@Injectable()
export class MatchingRunsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventsService,
    private readonly queues: QueuesService,
  ) {}

  /**
   * Starts a full run: a parent job whose children are shards of participants, so several
   * workers share it. A run already queued or running for the event is returned instead.
   */
  async start(eventId: string): Promise<MatchingRunEntity> {
    const event = await this.events.findById(eventId);
    return this.startFor(event);
  }

  async startFor(event: EventEntity): Promise<MatchingRunEntity> {
    const created = await this.dataSource.transaction(async (manager) => {
      // The event row lock makes two simultaneous requests agree on one run.
      await manager.query('SELECT 1 FROM event WHERE id = $1 FOR UPDATE', [event.id]);
      const runs = manager.getRepository(MatchingRunEntity);
      const active = await runs.findOne({
        where: [
          { eventId: event.id, status: 'queued' },
          { eventId: event.id, status: 'running' },
        ],
        order: { createdAt: 'DESC' },
      });
      const matching = this.queues.queue(QueueName.Matching);
      if (active && (await failIfLost(manager, matching, active)).status !== 'failed')
        return { run: active, isNew: false };
      const counts: { country: string; count: number }[] = await manager.query(
        `SELECT country, count(*)::int AS count FROM participant
          WHERE event_id = $1 AND consent_matching GROUP BY country`,
        [event.id],
      );
      const shards = planShards(
        new Map(counts.map(({ country, count }) => [country, count])),
        event.settings.crossCountryOnly,
      );
      const id = randomUUID();
      const run = runs.create({
        id,
        eventId: event.id,
        status: 'queued',
        jobId: jobIds.matchingRun(id),
        settings: event.settings,
        participantCount: counts.reduce((sum, { count }) => sum + count, 0),
        ...shards,
      });
      await runs.save(run);
      return { run, isNew: true };
    });
    const { run } = created;
    if (!created.isNew) return run;
    try {
      await this.queues.addFlow({
        name: JobName.FinishMatchingRun,
        queueName: QueueName.Matching,
        data: { eventId: event.id, runId: run.id } satisfies FinishMatchingRunJobData,
        opts: { ...DEFAULT_JOB_OPTIONS, jobId: run.jobId },
        // A two-sided run's column shards are added once its row shards are done.
        children: Array.from({ length: run.rowShards ?? run.shardCount }, (_, shard) => ({
          name: JobName.ComputeMatchingShard,
          queueName: QueueName.Matching,
          data: { eventId: event.id, runId: run.id, shard } satisfies MatchingShardJobData,
          opts: shardJobOptions(run.id, shard),
        })),
      });
    } catch (error) {
      // No run without its jobs.
      await this.dataSource.getRepository(MatchingRunEntity).delete({ id: run.id });
      throw error;
    }
    return run;
  }

  /** The event's runs, newest first, and which one readers see now. */
  async list(
    eventId: string,
    query: { limit?: number; cursor?: string },
  ): Promise<{
    items: MatchingRunEntity[];
    total: number;
    nextCursor: string | null;
    currentRunId: string | null;
  }> {
    const event = await this.events.findById(eventId);
    const runs = this.dataSource
      .getRepository(MatchingRunEntity)
      .createQueryBuilder('run')
      .where('run.event_id = :eventId', { eventId: event.id });
    const { items, total, hasMore } = await newestFirstPage(runs, {
      alias: 'run',
      table: 'matching_run',
      limit: query.limit ?? 50,
      afterId: query.cursor ? decodeRunCursor(query.cursor) : null,
    });
    return {
      items,
      total,
      nextCursor: hasMore ? encodeRunCursor(items[items.length - 1]) : null,
      currentRunId: event.currentMatchingRunId,
    };
  }

  /** The run readers see now, if any: the dashboard shows it and its age. */
  async currentRunId(eventId: string): Promise<string | null> {
    return (await this.events.findById(eventId)).currentMatchingRunId;
  }

  async get(eventId: string, runId: string): Promise<MatchingRunEntity> {
    const event = await this.events.findById(eventId);
    const run = isUuid(runId)
      ? await this.dataSource
          .getRepository(MatchingRunEntity)
          .findOneBy({ id: runId, eventId: event.id })
      : null;
    if (!run)
      throw new NotFoundException(
        `Matching run "${runId}" does not exist in event "${event.slug}"`,
      );
    return failIfLost(this.dataSource.manager, this.queues.queue(QueueName.Matching), run);
  }
}

/** Runs are paged newest first by (created_at, id): the cursor is the last run seen. */
function encodeRunCursor(run: MatchingRunEntity): string {
  return Buffer.from(run.id, 'utf8').toString('base64url');
}

function decodeRunCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!isUuid(id)) {
    throw new BadRequestException({
      message: 'cursor is not one this API returned',
      errors: [{ field: 'cursor', reason: 'cursor is not one this API returned' }],
    });
  }
  return id;
}

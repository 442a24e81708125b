import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { DataSource } from 'typeorm';
import { HandlesJob, JobHandler } from '../../jobs/job-handler.decorator.js';
import { JobName, QueueName } from '../../jobs/queue-names.js';
import { QueuesService } from '../../jobs/queues.service.js';
import { matchesFor } from '../engine/compute-matches.js';
import type { Match } from '../engine/match-types.js';
import { ScoringBuffers } from '../engine/score-candidates.js';
import { RunIndexes } from '../run-indexes.js';
import { replaceMatchLists } from '../match-lists-writer.js';
import type { MatchingShardJobData } from './matching-job-data.js';
import { MatchingRunEntity } from './matching-run.entity.js';
import { shardViewers } from './matching-shards.js';

/** Viewers scored between two yields to the event loop, so BullMQ can renew the job's lock. */
const VIEWERS_PER_SLICE = 50;

/**
 * Computes the lists of one shard of a run and stores them under the run (invisible to readers
 * until the run completes). Re-running a shard replaces its lists: retries are harmless.
 */
@Injectable()
@HandlesJob(JobName.ComputeMatchingShard)
export class ComputeShardHandler implements JobHandler<MatchingShardJobData, { lists: number }> {
  private readonly logger = new Logger('Matching');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly runIndexes: RunIndexes,
    private readonly queues: QueuesService,
  ) {}

  async handle(job: Job<MatchingShardJobData>): Promise<{ lists: number }> {
    const runs = this.dataSource.getRepository(MatchingRunEntity);
    const run = await runs.findOneBy({ id: job.data.runId });
    if (!run || run.status === 'superseded' || run.status === 'failed') return { lists: 0 };
    if (run.status === 'queued')
      await runs.update({ id: run.id, status: 'queued' }, { status: 'running' });

    try {
      const index = await this.runIndexes.of(run.id, run.eventId);
      const viewers = shardViewers(
        index.features.map((features) => features.profile.id),
        job.data.shard,
      );
      const options = { ...run.settings };
      const buffers = new ScoringBuffers(index.features.length);
      const lists = new Map<string, Match[]>();
      for (let start = 0; start < viewers.length; start += VIEWERS_PER_SLICE) {
        const slice = matchesFor(
          index,
          viewers.slice(start, start + VIEWERS_PER_SLICE),
          options,
          buffers,
        );
        slice.forEach((list, viewer) => lists.set(viewer, list));
        await job.updateProgress(
          Math.round((100 * (start + VIEWERS_PER_SLICE)) / Math.max(1, viewers.length)),
        );
        await yieldToEventLoop();
      }
      await this.dataSource.transaction(async (manager) => {
        await replaceMatchLists(manager, run.id, lists);
        await manager.query(
          `UPDATE matching_run
              SET done_shards = array_append(done_shards, $2),
                  shards_done = cardinality(done_shards) + 1
            WHERE id = $1 AND NOT ($2 = ANY (done_shards))`,
          [run.id, job.data.shard],
        );
      });
      // The lists are stored: failing the shard now would only redo it for nothing.
      await this.reportRunProgress(run).catch((error: Error) =>
        this.logger.warn(`Run ${run.id}: progress not reported (${error.message})`),
      );
      return { lists: lists.size };
    } catch (error) {
      // Someone erased mid-run makes the cached index stale: the retry rebuilds it.
      this.runIndexes.forget(run.id);
      if (job.attemptsMade + 1 >= (job.opts.attempts ?? 1)) {
        await runs.update(
          { id: run.id },
          { status: 'failed', failureReason: (error as Error).message },
        );
      }
      throw error;
    }
  }

  private async reportRunProgress(run: MatchingRunEntity): Promise<void> {
    const [{ shards_done: done }] = await this.dataSource.query(
      'SELECT shards_done FROM matching_run WHERE id = $1',
      [run.id],
    );
    const parent = await this.queues.queue(QueueName.Matching).getJob(run.jobId);
    await parent?.updateProgress(Math.min(100, Math.round((100 * done) / run.shardCount)));
  }
}

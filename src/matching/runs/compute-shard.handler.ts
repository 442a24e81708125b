import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { DataSource, EntityManager } from 'typeorm';
import { HandlesJob, JobHandler } from '../../jobs/job-handler.decorator.js';
import { JobName, QueueName } from '../../jobs/queue-names.js';
import { QueuesService } from '../../jobs/queues.service.js';
import type { ColumnFloors } from '../engine/column-candidates.js';
import type { MatchIndex } from '../engine/match-index.js';
import type { Match } from '../engine/match-types.js';
import { RunIndexes } from '../run-indexes.js';
import { replaceMatchLists } from '../match-lists-writer.js';
import { loadHandovers, storeHandovers } from './handover-store.js';
import type { MatchingShardJobData } from './matching-job-data.js';
import { MatchingRunEntity } from './matching-run.entity.js';
import { shardJobOptions, shardOf } from './matching-shards.js';
import { rankEachInSlices, SliceDone } from './rank-in-slices.js';
import { rankColumnShard, rankRowShard, TwoSidedPlan } from './two-sided-shards.js';

/**
 * Computes the lists of one shard of a run and stores them under the run (invisible to readers
 * until the run completes). Re-running a shard replaces its lists: retries are harmless.
 *
 * A two-sided run (see two-sided-run.ts) has row shards, whose jobs the run starts with, then
 * column shards, which the last row shard to be stored adds to the run's flow.
 */
@Injectable()
@HandlesJob(JobName.ComputeMatchingShard)
export class ComputeShardHandler implements JobHandler<MatchingShardJobData, { lists: number }> {
  private readonly logger = new Logger('Matching');
  /** Per run index of this worker, the column floors its stored row shards reached. */
  private readonly columnFloors = new WeakMap<MatchIndex, ColumnFloors>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly runIndexes: RunIndexes,
    private readonly queues: QueuesService,
  ) {}

  async handle(job: Job<MatchingShardJobData>): Promise<{ lists: number }> {
    const runs = this.dataSource.getRepository(MatchingRunEntity);
    const run = await runs.findOneBy({ id: job.data.runId });
    if (!run || (run.status !== 'queued' && run.status !== 'running')) return { lists: 0 };
    if (run.status === 'queued')
      await runs.update({ id: run.id, status: 'queued' }, { status: 'running' });

    const { shard } = job.data;
    const plan = twoSidedPlanOf(run);
    try {
      const index = await this.runIndexes.of(run.id, run.eventId);
      const options = { ...run.settings };
      const sliceDone: SliceDone = async (done, total) => {
        await job.updateProgress(Math.round((100 * done) / Math.max(1, total)));
        await yieldToEventLoop();
      };
      let lists: Map<string, Match[]>;
      if (!plan) {
        lists = await rankEachInSlices(
          index,
          shardOf(index.allPositions, shard),
          options,
          sliceDone,
        );
        await this.store(run, shard, lists);
      } else if (shard < plan.rowShards) {
        // Stored already (the worker stopped before adding the column shards): add them.
        if (run.doneShards.includes(shard)) lists = new Map();
        else {
          const ranked = await rankRowShard(
            index,
            plan,
            shard,
            options,
            sliceDone,
            this.columnFloors.get(index),
          );
          lists = ranked.lists;
          await this.store(run, shard, lists, (manager) =>
            storeHandovers(manager, run.id, shard, ranked.handovers),
          );
          // Handed on: this worker's next row shard of the run may start from these floors.
          if (ranked.floors) this.columnFloors.set(index, ranked.floors);
        }
        await this.addColumnShardsOnceRowsAreDone(run, plan);
      } else {
        const handovers = await loadHandovers(this.dataSource, run.id, shard - plan.rowShards);
        lists = await rankColumnShard(
          index,
          plan,
          shard - plan.rowShards,
          options,
          handovers,
          sliceDone,
        );
        await this.store(run, shard, lists);
      }
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

  /** Stores a shard's lists (and what else it hands on) and counts it once, in one transaction. */
  private async store(
    run: MatchingRunEntity,
    shard: number,
    lists: ReadonlyMap<string, Match[]>,
    alsoStore?: (manager: EntityManager) => Promise<void>,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await replaceMatchLists(manager, run.id, lists);
      await alsoStore?.(manager);
      await manager.query(
        `UPDATE matching_run
            SET done_shards = array_append(done_shards, $2),
                shards_done = cardinality(done_shards) + 1
          WHERE id = $1 AND NOT ($2 = ANY (done_shards))`,
        [run.id, shard],
      );
    });
  }

  /**
   * Once every row shard is stored, adds the column shards to the run's flow. Row shards stored
   * at the same time may both see that and both add them: a job id is added once.
   */
  private async addColumnShardsOnceRowsAreDone(
    run: MatchingRunEntity,
    plan: TwoSidedPlan,
  ): Promise<void> {
    const [{ rows_done: rowsDone }] = await this.dataSource.query(
      `SELECT count(*)::int AS rows_done FROM matching_run, unnest(done_shards) AS shard
        WHERE id = $1 AND shard < $2`,
      [run.id, plan.rowShards],
    );
    if (rowsDone < plan.rowShards) return;
    const queue = this.queues.queue(QueueName.Matching);
    const parent = { id: run.jobId, queue: queue.qualifiedName };
    await queue.addBulk(
      Array.from({ length: run.shardCount - plan.rowShards }, (_, column) => {
        const shard = plan.rowShards + column;
        return {
          name: JobName.ComputeMatchingShard,
          data: { eventId: run.eventId, runId: run.id, shard } satisfies MatchingShardJobData,
          opts: { ...shardJobOptions(run.id, shard), parent },
        };
      }),
    );
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

function twoSidedPlanOf(run: MatchingRunEntity): TwoSidedPlan | null {
  return run.rowCountry !== null && run.rowShards !== null
    ? { rowCountry: run.rowCountry, rowShards: run.rowShards }
    : null;
}

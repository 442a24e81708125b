import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { HandlesJob, JobHandler } from '../../jobs/job-handler.decorator.js';
import { JobName } from '../../jobs/queue-names.js';
import { MatchUpdatesService } from '../incremental/match-updates.service.js';
import type { FinishMatchingRunJobData } from './matching-job-data.js';
import { MatchingRunEntity } from './matching-run.entity.js';

export interface MatchingRunSummary {
  runId: string;
  participants: number;
  lists: number;
}

/**
 * Runs once every shard is stored: makes the run the one readers see, in one transaction (a
 * reader sees the old lists or the new ones, never a mix), then drops the old lists.
 */
@Injectable()
@HandlesJob(JobName.FinishMatchingRun)
export class FinishRunHandler implements JobHandler<FinishMatchingRunJobData, MatchingRunSummary> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly updates: MatchUpdatesService,
  ) {}

  async handle(job: Job<FinishMatchingRunJobData>): Promise<MatchingRunSummary> {
    const run = await this.dataSource
      .getRepository(MatchingRunEntity)
      .findOneBy({ id: job.data.runId });
    if (!run) throw new Error(`Matching run ${job.data.runId} no longer exists`);
    if (run.status !== 'completed') {
      await this.dataSource.transaction(async (manager) => {
        await manager.query('SELECT 1 FROM event WHERE id = $1 FOR UPDATE', [run.eventId]);
        await manager.query(
          `UPDATE matching_run SET status = 'superseded'
            WHERE event_id = $1 AND id <> $2 AND status IN ('completed', 'queued', 'running')`,
          [run.eventId, run.id],
        );
        await manager.query('UPDATE event SET current_matching_run_id = $2 WHERE id = $1', [
          run.eventId,
          run.id,
        ]);
        await manager.query(
          `UPDATE matching_run SET status = 'completed', finished_at = now() WHERE id = $1`,
          [run.id],
        );
      });
      // Failed runs too: nobody reads their lists, written before the failure was known.
      await this.dataSource.query(
        `DELETE FROM match_list WHERE run_id IN
           (SELECT id FROM matching_run WHERE event_id = $1 AND status IN ('superseded', 'failed'))`,
        [run.eventId],
      );
      // What row shards handed to column shards is only needed until the run is complete.
      await this.dataSource.query(
        `DELETE FROM matching_run_handover WHERE run_id IN
           (SELECT id FROM matching_run
             WHERE event_id = $1 AND status IN ('completed', 'superseded', 'failed'))`,
        [run.eventId],
      );
      // Registrations changed while the shards ran: bring their lists up to date.
      const changed: { id: string }[] = await this.dataSource.query(
        'SELECT id FROM participant WHERE event_id = $1 AND updated_at > $2',
        [run.eventId, run.createdAt],
      );
      for (const { id } of changed) await this.updates.enqueue(run.eventId, id);
    }
    const [{ lists }] = await this.dataSource.query(
      'SELECT count(*)::int AS lists FROM match_list WHERE run_id = $1',
      [run.id],
    );
    await this.dataSource.query('UPDATE matching_run SET lists_written = $2 WHERE id = $1', [
      run.id,
      lists,
    ]);
    return { runId: run.id, participants: run.participantCount, lists };
  }
}

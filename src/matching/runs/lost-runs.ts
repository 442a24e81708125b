import type { Queue } from 'bullmq';
import type { EntityManager } from 'typeorm';
import { isRedisUnavailable } from '../../jobs/redis-connection.js';
import { MatchingRunEntity } from './matching-run.entity.js';

/** A run's flow is added just after the run is stored: a run this young may have no jobs yet. */
const JOBLESS_GRACE_SECONDS = 15;

/**
 * Marks failed, with the reason, a queued or running run that can no longer finish: its jobs
 * are gone (Redis restarted without its data; the API stopped before adding them), or its job
 * failed without the run saying so (a shard stalled twice; PostgreSQL was down when the last
 * attempt tried to record it). Returns the run as it now is. With Redis unreachable, nothing
 * can be told yet and the run is returned unchanged.
 */
export async function failIfLost(
  manager: EntityManager,
  matchingQueue: Queue,
  run: MatchingRunEntity,
): Promise<MatchingRunEntity> {
  if (run.status !== 'queued' && run.status !== 'running') return run;
  let reason: string;
  let jobless = false;
  try {
    const job = await matchingQueue.getJob(run.jobId);
    if (!job) {
      jobless = true;
      reason =
        'Its jobs were lost from the queue (was Redis restarted without its data?); start a new run';
    } else if ((await job.getState()) === 'failed') {
      reason = `Its job failed: ${job.failedReason || 'no reason given'}`;
    } else {
      return run;
    }
  } catch (error) {
    if (isRedisUnavailable(error)) return run;
    throw error;
  }
  const result = await manager
    .createQueryBuilder()
    .update(MatchingRunEntity)
    .set({ status: 'failed', failureReason: reason, finishedAt: () => 'now()' })
    .where("id = :id AND status IN ('queued', 'running')", { id: run.id })
    .andWhere(
      jobless ? `created_at < now() - make_interval(secs => ${JOBLESS_GRACE_SECONDS})` : 'true',
    )
    .execute();
  if (!result.affected) return run;
  return manager.getRepository(MatchingRunEntity).findOneByOrFail({ id: run.id });
}

import type { JobsOptions } from 'bullmq';
import { jobIds } from '../../jobs/job-ids.js';
import { DEFAULT_JOB_OPTIONS } from '../../jobs/queue-defaults.js';
import { rowCountryOf } from '../engine/two-sided-run.js';

/** Participants per shard: a few seconds of work, so locks renew and workers share a run. */
export const SHARD_SIZE = 500;

export function shardCount(participants: number): number {
  return Math.max(1, Math.ceil(participants / SHARD_SIZE));
}

/** The viewers of shard `shard`: a slice of positions (in an index as built, in id order). */
export function shardOf(positions: Int32Array, shard: number): Int32Array {
  return positions.subarray(shard * SHARD_SIZE, (shard + 1) * SHARD_SIZE);
}

/** How a run is split; `rowCountry` and `rowShards` are set for a two-sided run. */
export interface RunShards {
  shardCount: number;
  rowCountry: string | null;
  rowShards: number | null;
}

/**
 * A run between exactly two countries, other country only, scores each pair once (see
 * two-sided-run.ts): shards of the row country first, then shards of the other one. Any other
 * run has shards of participants in id order, each ranked on its own.
 */
export function planShards(
  participantsByCountry: ReadonlyMap<string, number>,
  crossCountryOnly: boolean,
): RunShards {
  const total = [...participantsByCountry.values()].reduce((sum, count) => sum + count, 0);
  const rowCountry = crossCountryOnly ? rowCountryOf(participantsByCountry) : null;
  if (rowCountry === null) return { shardCount: shardCount(total), rowCountry, rowShards: null };
  const rows = participantsByCountry.get(rowCountry)!;
  const rowShards = shardCount(rows);
  return { shardCount: rowShards + shardCount(total - rows), rowCountry, rowShards };
}

/** A shard's job: retried like any job, and a shard that finally fails fails its run. */
export function shardJobOptions(runId: string, shard: number): JobsOptions {
  return {
    ...DEFAULT_JOB_OPTIONS,
    jobId: jobIds.matchingShard(runId, shard),
    failParentOnFailure: true,
  };
}

/** Participants per shard: a few seconds of work, so locks renew and workers share a run. */
export const SHARD_SIZE = 500;

export function shardCount(participants: number): number {
  return Math.max(1, Math.ceil(participants / SHARD_SIZE));
}

/** The viewers of shard `shard`: a slice of the participants in id order. */
export function shardViewers(sortedIds: readonly string[], shard: number): string[] {
  return sortedIds.slice(shard * SHARD_SIZE, (shard + 1) * SHARD_SIZE);
}

import { Redis } from 'ioredis';
import pg from 'pg';
import { dropDatabase } from '../../src/database/ensure-database.js';

const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/montagne_match';
const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';
// Fail at once with a clear message rather than retrying forever.
const NO_RETRY = {
  lazyConnect: true,
  maxRetriesPerRequest: 1,
  connectTimeout: 5_000,
  retryStrategy: () => null,
};

/** A database and a queue prefix of the bench's own, so it never touches real data. */
export interface BenchResources {
  databaseUrl: string;
  redisUrl: string;
  queuePrefix: string;
}

export function benchResources(stamp = Date.now()): BenchResources {
  const database = new URL(process.env.DATABASE_URL || DEFAULT_DATABASE_URL);
  database.pathname = `/montagne_match_bench_${stamp}`;
  return {
    databaseUrl: database.toString(),
    redisUrl: process.env.REDIS_URL || DEFAULT_REDIS_URL,
    queuePrefix: `mmbench-${stamp}`,
  };
}

/** Drops the bench's database and deletes its queues' keys. */
export async function removeBenchResources(resources: BenchResources): Promise<void> {
  await dropDatabase(resources.databaseUrl);
  const redis = new Redis(resources.redisUrl, NO_RETRY);
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(
        cursor,
        'MATCH',
        `${resources.queuePrefix}:*`,
        'COUNT',
        1000,
      );
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

export interface ServerVersions {
  postgres: string;
  redis: string;
}

/** The server versions behind the figures, as the servers report them. */
export async function serverVersions(resources: BenchResources): Promise<ServerVersions> {
  const maintenance = new URL(resources.databaseUrl);
  maintenance.pathname = '/postgres';
  const client = new pg.Client({
    connectionString: maintenance.toString(),
    connectionTimeoutMillis: 5_000,
  });
  let postgres: string;
  try {
    await client.connect();
    postgres = (await client.query('SHOW server_version')).rows[0].server_version;
  } catch (error) {
    throw new Error(
      `PostgreSQL is not reachable at ${maintenance.host}: ${(error as Error).message}`,
      { cause: error },
    );
  } finally {
    await client.end().catch(() => undefined);
  }
  const redisClient = new Redis(resources.redisUrl, NO_RETRY);
  try {
    await redisClient.connect();
    const info = await redisClient.info('server');
    const redis = /redis_version:(\S+)/.exec(info)?.[1] ?? 'unknown';
    return { postgres, redis };
  } catch (error) {
    throw new Error(
      `Redis is not reachable at ${resources.redisUrl}: ${(error as Error).message}`,
      {
        cause: error,
      },
    );
  } finally {
    redisClient.disconnect();
  }
}

/** Jobs of a queue not yet done (waiting, delayed, prioritised or running). */
export async function pendingJobs(resources: BenchResources, queue: string): Promise<number> {
  const { Queue } = await import('bullmq');
  const instance = new Queue(queue, {
    connection: { url: resources.redisUrl, maxRetriesPerRequest: 1 },
    prefix: resources.queuePrefix,
  });
  try {
    const counts = await instance.getJobCounts('waiting', 'delayed', 'prioritized', 'active');
    return Object.values(counts).reduce((sum, count) => sum + count, 0);
  } finally {
    await instance.close();
  }
}

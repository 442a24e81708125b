import pg from 'pg';
import { Redis } from 'ioredis';

/** Drops the run's databases (one per suite) and deletes the run's queues from Redis. */
export default async function globalTeardown() {
  const url = new URL(process.env.DATABASE_URL);
  const runName = decodeURIComponent(url.pathname.slice(1));
  if (!runName.startsWith('montagne_match_test_')) return;
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  const { rows } = await client.query(
    "SELECT datname FROM pg_database WHERE datname LIKE $1 || '%'",
    [runName],
  );
  for (const { datname } of rows) {
    await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(datname)} WITH (FORCE)`);
  }
  await client.end();

  const redis = new Redis(process.env.REDIS_URL || 'redis://127.0.0.1:6379');
  const prefix = process.env.QUEUE_PREFIX;
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    if (keys.length) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  redis.disconnect();
}

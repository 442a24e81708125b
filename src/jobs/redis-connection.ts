import { Redis, RedisOptions } from 'ioredis';
import { describeConnectionFailure } from '../database/connection-errors.js';

/**
 * Connection for BullMQ workers: commands wait for Redis to come back instead of failing,
 * as BullMQ requires (`maxRetriesPerRequest: null`).
 */
export function createWorkerConnection(redisUrl: string): Redis {
  return new Redis(redisUrl, { maxRetriesPerRequest: null, ...RECONNECT });
}

/**
 * Connection for producers in the request path: with Redis down, commands fail at once
 * (the API answers 503) instead of queueing until the client times out.
 */
export function createProducerConnection(redisUrl: string): Redis {
  return new Redis(redisUrl, { enableOfflineQueue: false, maxRetriesPerRequest: 1, ...RECONNECT });
}

const RECONNECT: RedisOptions = {
  connectTimeout: 5_000,
  retryStrategy: (attempt) => Math.min(attempt * 200, 5_000),
};

/** Raised at boot when Redis cannot be reached. */
export class RedisUnavailableError extends Error {}

/** Pings Redis once with a short timeout; used at boot to fail with a clear sentence. */
export async function checkRedis(redisUrl: string): Promise<void> {
  const probe = new Redis(redisUrl, {
    lazyConnect: true,
    connectTimeout: 3_000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  // The 'error' event carries the cause (ECONNREFUSED…); the rejection only says "closed".
  let cause: unknown;
  probe.on('error', (error) => (cause = error));
  try {
    await probe.connect();
    await probe.ping();
  } catch (error) {
    throw new RedisUnavailableError(describeConnectionFailure('Redis', redisUrl, cause ?? error));
  } finally {
    probe.disconnect();
  }
}

const REDIS_UNAVAILABLE = [
  "Stream isn't writeable", // enableOfflineQueue: false while disconnected
  'Connection is closed',
  'Command aborted due to connection close',
  'Reached the max retries per request limit',
  'LOADING', // restarted, still reading its data back
];

/** True when a command failed because Redis is unreachable, not because the command was wrong. */
export function isRedisUnavailable(error: unknown): boolean {
  const message = error instanceof Error ? error.message : '';
  return REDIS_UNAVAILABLE.some((start) => message.startsWith(start));
}

import type { Redis } from 'ioredis';
import { RedisReply, RedisStore } from 'rate-limit-redis';

/**
 * A limiter store in Redis, so every API process spends the same budget. Keys sit under the
 * deployment's queue prefix: two deployments (or test runs) on one Redis never share budgets.
 */
export function redisRateLimitStore(connection: Redis, prefix: string): RedisStore {
  return new RedisStore({
    prefix,
    sendCommand: async (command: string, ...args: string[]) => {
      // The store loads its scripts once when the limiter is built, before the connection may
      // be ready; the producer connection refuses commands until then (no offline queue).
      if (command === 'SCRIPT' && connection.status !== 'ready') {
        await new Promise((resolve) => connection.once('ready', resolve));
      }
      return (await connection.call(command, ...args)) as RedisReply;
    },
  });
}

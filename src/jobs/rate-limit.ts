import type { RateLimiterOptions } from 'bullmq';

/**
 * BullMQ's limiter for a rate per minute. BullMQ keeps it in Redis, so it holds for every
 * worker process together; one job per interval spreads the jobs evenly rather than in bursts.
 * 0 means no limit.
 */
export function perMinuteLimiter(perMinute: number): RateLimiterOptions | undefined {
  if (perMinute <= 0) return undefined;
  return { max: 1, duration: Math.ceil(60_000 / perMinute) };
}

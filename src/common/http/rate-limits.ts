import { INestApplication, Logger } from '@nestjs/common';
import type { Request, RequestHandler, Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import { hashKey } from '../../auth/key-secret.js';
import { presentedKey } from '../../auth/presented-key.js';
import type { AppConfig } from '../../config/app-config.js';
import { QueuesService } from '../../jobs/queues.service.js';
import { statusText } from './all-exceptions.filter.js';
import type { ErrorBody } from './error-body.js';
import { redisRateLimitStore } from './redis-rate-limit-store.js';

const MINUTE_MS = 60_000;

/**
 * Two budgets per minute: one per client address (it also slows anyone guessing keys), one per
 * key (a registration site's server calls for all its visitors from one address). Counters live
 * in Redis, so the budgets hold for all API processes together, behind any load balancer.
 * With Redis unreachable requests pass uncounted: those needing Redis answer 503 anyway, and
 * a limiter outage must not take the read-only endpoints down with it.
 */
export function rateLimits(app: INestApplication, config: AppConfig): RequestHandler[] {
  const connection = app.get(QueuesService).redisConnection();
  const store = (budget: string) =>
    redisRateLimitStore(connection, `${config.queuePrefix}:rate-limit:${budget}:`);
  // One line through the service's logger (redacted), not a stack on stderr per request.
  const log = new Logger('RateLimits');
  const logger = {
    error: (error: unknown, message?: string) =>
      log.warn(`${message ?? 'Rate limiter'}: ${(error as Error)?.message ?? String(error)}`),
    warn: (error: unknown, message?: string) =>
      log.warn(`${message ?? 'Rate limiter'}: ${(error as Error)?.message ?? String(error)}`),
  };
  const limiters: RequestHandler[] = [];
  const refuse = (request: Request, response: Response) => {
    const resetTime = (request as Request & { rateLimit?: { resetTime?: Date } }).rateLimit
      ?.resetTime;
    const seconds = resetTime ? Math.ceil((resetTime.getTime() - Date.now()) / 1000) : 60;
    response.setHeader('Retry-After', String(Math.max(1, seconds)));
    response.status(429).json({
      statusCode: 429,
      error: statusText(429),
      message: 'Too many requests: slow down and retry in a minute',
    } satisfies ErrorBody);
  };
  if (config.rateLimitPerIp > 0) {
    limiters.push(
      rateLimit({
        windowMs: MINUTE_MS,
        limit: config.rateLimitPerIp,
        standardHeaders: 'draft-7',
        legacyHeaders: false,
        store: store('address'),
        passOnStoreError: true,
        logger,
        handler: (request, response) => refuse(request, response),
      }),
    );
  }
  if (config.rateLimitPerKey > 0) {
    limiters.push(
      rateLimit({
        windowMs: MINUTE_MS,
        limit: config.rateLimitPerKey,
        standardHeaders: 'draft-7',
        legacyHeaders: false,
        store: store('key'),
        passOnStoreError: true,
        logger,
        // A scrape's bearer token is the metrics token, not an API key: no key budget.
        skip: (request) => request.path === '/metrics' || !presentedKey(request.headers),
        // Counted under a hash: keys never sit in Redis as plain text.
        keyGenerator: (request) => hashKey(presentedKey(request.headers)!),
        handler: (request, response) => refuse(request, response),
      }),
    );
  }
  return limiters;
}

import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '../config/app-config.js';
import { AllExceptionsFilter } from '../common/http/all-exceptions.filter.js';
import { bodyParsers } from '../common/http/body-parsers.js';
import { rateLimits } from '../common/http/rate-limits.js';
import { createValidationPipe } from '../common/http/validation.pipe.js';
import { enableEventCors } from './event-cors.js';
import { setUpOpenApi } from './openapi.js';
import { securityHeaders } from './security-headers.js';
import { serveConsole } from './serve-console.js';

/** Everything HTTP-specific, shared by `main.ts` and the e2e tests so they test what runs. */
export function configureHttp(app: INestApplication, config: AppConfig): void {
  const express = app as NestExpressApplication;
  express.disable('x-powered-by');
  // The client's address (rate limits) comes from X-Forwarded-For only through trusted proxies.
  express.set('trust proxy', config.trustProxy);
  express.use(securityHeaders());
  // Before the body parsers: a client over its budget costs no parsing.
  for (const limiter of rateLimits(app, config)) express.use(limiter);
  enableEventCors(app);
  serveConsole(express);
  express.use(...bodyParsers(config));
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());
  setUpOpenApi(app, config);
}

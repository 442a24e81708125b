import 'reflect-metadata';
import { INestApplicationContext, Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module.js';
import { RedactingLogger } from '../common/logging/redacting-logger.js';
import { AppConfig, ConfigError, loadConfig } from '../config/app-config.js';
import type { Role } from '../config/env.schema.js';
import { configureHttp } from './configure-http.js';
import { preflight } from './preflight.js';

/**
 * Boots the service for a role: HTTP for `api` and `all`, an application context (no HTTP)
 * for `worker`. Any failure before the service is up ends the process with one clear line.
 */
export async function startService(roleOverride?: Role): Promise<void> {
  let config: AppConfig;
  try {
    config = { ...loadConfig(), ...(roleOverride && { role: roleOverride }) };
    await preflight(config);
  } catch (error) {
    console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
    process.exit(1);
  }
  const logger = new Logger('Main');
  const logLevels = ['error', 'warn', 'log', 'debug', 'verbose'] as const;
  const options = {
    logger: new RedactingLogger({
      logLevels: logLevels.slice(0, logLevels.indexOf(config.logLevel) + 1),
    }),
  };
  let app: INestApplicationContext;
  if (config.role === 'worker') {
    app = await NestFactory.createApplicationContext(AppModule.forConfig(config), options);
  } else {
    const http = await NestFactory.create(AppModule.forConfig(config), {
      ...options,
      bodyParser: false,
    });
    configureHttp(http, config);
    await http.listen(config.port, config.host);
    logger.log(`API on http://${config.host}:${config.port} (docs at /docs)`);
    app = http;
  }
  stopOnSignals(app, logger);
  logger.log(`Role: ${config.role}; queues prefixed "${config.queuePrefix}"`);
}

/**
 * SIGTERM/SIGINT: stop taking work, let in-flight jobs finish (bounded by SHUTDOWN_TIMEOUT_MS),
 * close the pools, exit 0. A second signal while stopping exits at once.
 */
function stopOnSignals(app: INestApplicationContext, logger: Logger): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    logger.log(`${signal} received: finishing in-flight work`);
    app.close().then(
      () => {
        logger.log('Stopped cleanly');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error(`Shutdown failed: ${(error as Error).message}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

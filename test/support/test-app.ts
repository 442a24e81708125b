import { INestApplication, Logger } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module.js';
import { configureHttp } from '../../src/bootstrap/configure-http.js';
import { preflight } from '../../src/bootstrap/preflight.js';
import { AppConfig, loadConfig } from '../../src/config/app-config.js';

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  http: () => ReturnType<typeof request>;
  dataSource: DataSource;
  close: () => Promise<void>;
}

/**
 * The real service (API and workers in one process) on the run's database, with a queue
 * prefix of its own so suites running side by side never take each other's jobs.
 */
export async function startTestApp(overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const base = loadConfig(process.env);
  const config: AppConfig = {
    ...base,
    role: 'all',
    queuePrefix: `${base.queuePrefix}-${randomUUID().slice(0, 8)}`,
    shutdownTimeoutMs: 5_000,
    logLevel: 'error',
    ...overrides,
  };
  await preflight(config, new Logger('Preflight', { timestamp: false }));
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forConfig(config)],
  }).compile();
  const app = moduleRef.createNestApplication({ bodyParser: false, logger: ['error'] });
  configureHttp(app, config);
  await app.init();
  return {
    app,
    config,
    http: () => request(app.getHttpServer()),
    dataSource: app.get(DataSource),
    close: () => app.close(),
  };
}

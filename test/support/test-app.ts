import { INestApplication, Logger } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module.js';
import { configureHttp } from '../../src/bootstrap/configure-http.js';
import { preflight } from '../../src/bootstrap/preflight.js';
import { AppConfig, loadConfig } from '../../src/config/app-config.js';
import { TEST_ADMIN_KEY } from './test-keys.js';

export interface TestApp {
  app: INestApplication;
  config: AppConfig;
  /** Requests with the admin key, which may do anything. */
  http: () => ReturnType<typeof request.agent>;
  /** Requests with no key, or with the key given. */
  as: (key: string | null) => ReturnType<typeof request.agent>;
  dataSource: DataSource;
  close: () => Promise<void>;
}

/**
 * The real service (API and workers in one process) on a database and a queue prefix of its
 * own, created by the service's own preflight: suites running side by side never see each
 * other's rows or take each other's jobs, so a whole-database comparison means something.
 */
export async function startTestApp(overrides: Partial<AppConfig> = {}): Promise<TestApp> {
  const base = loadConfig(process.env);
  const config: AppConfig = {
    ...base,
    role: 'all',
    databaseUrl: withSuffix(base.databaseUrl, randomUUID().slice(0, 8)),
    queuePrefix: `${base.queuePrefix}-${randomUUID().slice(0, 8)}`,
    shutdownTimeoutMs: 5_000,
    logLevel: 'error',
    adminApiKey: TEST_ADMIN_KEY,
    // Suites fire requests fast from one address; the rate-limit tests set their own.
    rateLimitPerIp: 0,
    rateLimitPerKey: 0,
    ...overrides,
  };
  await preflight(config, new Logger('Preflight', { timestamp: false }));
  const moduleRef = await Test.createTestingModule({
    imports: [AppModule.forConfig(config)],
  }).compile();
  const app = moduleRef.createNestApplication({
    bodyParser: false,
    logger: config.logLevel === 'warn' ? ['error', 'warn'] : ['error'],
  });
  configureHttp(app, config);
  await app.init();
  return {
    app,
    config,
    http: () => withKey(request.agent(app.getHttpServer()), config.adminApiKey),
    as: (key) => withKey(request.agent(app.getHttpServer()), key),
    dataSource: app.get(DataSource),
    close: () => app.close(),
  };
}

function withKey(agent: ReturnType<typeof request.agent>, key: string | null) {
  return key ? agent.set('Authorization', `Bearer ${key}`) : agent;
}

function withSuffix(databaseUrl: string, suffix: string): string {
  const url = new URL(databaseUrl);
  url.pathname = `${url.pathname}_${suffix}`;
  return url.toString();
}

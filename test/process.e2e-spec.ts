import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dropDatabase } from '../src/database/ensure-database.js';
import { FaultApi } from './support/fault-api.js';
import { buildService, startProcess, waitForOutput } from './support/service-process.js';
import { TEST_ADMIN_KEY } from './support/test-keys.js';

/** The service as `npm start` runs it: a real process, its exit codes and its messages. */
describe('Service process', () => {
  beforeAll(() => buildService(), 60_000);

  const databaseUrl = () => {
    const url = new URL(process.env.DATABASE_URL!);
    url.pathname = `/${url.pathname.slice(1)}_proc_${randomUUID().slice(0, 8)}`;
    return url.toString();
  };

  it('refuses a bad setting with one line naming the variable', async () => {
    const service = startProcess('main.js', { PORT: 'abc' });
    expect(await service.exited).toBe(1);
    expect(service.output().trim()).toBe(
      'Invalid configuration: PORT must be an integer (got "abc")',
    );
  });

  it('says which service is unreachable, where, and how to start it', async () => {
    const noPostgres = startProcess('main.js', {
      DATABASE_URL: 'postgres://postgres@127.0.0.1:1/montagne_match',
    });
    expect(await noPostgres.exited).toBe(1);
    expect(noPostgres.output()).toContain(
      'Cannot reach PostgreSQL at postgres://postgres@127.0.0.1:1/montagne_match (ECONNREFUSED). Start it (`docker compose up -d postgres`',
    );

    const noRedis = startProcess('main.js', {
      DATABASE_URL: databaseUrl(),
      REDIS_URL: 'redis://127.0.0.1:1',
    });
    expect(await noRedis.exited).toBe(1);
    expect(noRedis.output()).toContain(
      'Cannot reach Redis at redis://127.0.0.1:1 (ECONNREFUSED). Start it (`docker compose up -d redis`',
    );
  }, 30_000);

  it('creates its database on first start, serves /health, and stops cleanly on SIGTERM', async () => {
    const url = databaseUrl();
    const port = String(20_000 + Math.floor(Math.random() * 20_000));
    const service = startProcess('main.js', {
      DATABASE_URL: url,
      PORT: port,
      HOST: '127.0.0.1',
      QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}-proc`,
    });
    try {
      await waitForOutput(service, 'API on http://127.0.0.1');
      expect(service.output()).toContain('Created database');
      expect(service.output()).toContain('Applied migrations');
      const health = await fetch(`http://127.0.0.1:${port}/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({
        status: 'ok',
        info: { postgres: { status: 'up' }, redis: { status: 'up' } },
      });

      service.child.kill('SIGTERM');
      expect(await service.exited).toBe(0);
      expect(service.output()).toContain('Stopped cleanly');
    } finally {
      service.child.kill('SIGKILL');
      await dropDatabase(url);
    }
  }, 40_000);

  it('runs workers only, without HTTP, with worker.js', async () => {
    const url = databaseUrl();
    const service = startProcess('worker.js', {
      DATABASE_URL: url,
      QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}-proc`,
    });
    try {
      await waitForOutput(service, 'Role: worker');
      expect(service.output()).toContain('Processing queues: imports');
      expect(service.output()).not.toContain('API on');
      service.child.kill('SIGTERM');
      expect(await service.exited).toBe(0);
    } finally {
      service.child.kill('SIGKILL');
      await dropDatabase(url);
    }
  }, 40_000);
  it('solves a schedule in a worker thread of the built service', async () => {
    const url = databaseUrl();
    const port = String(20_000 + Math.floor(Math.random() * 20_000));
    const service = startProcess('main.js', {
      DATABASE_URL: url,
      PORT: port,
      HOST: '127.0.0.1',
      QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}-proc`,
      ADMIN_API_KEY: TEST_ADMIN_KEY,
    });
    const api = new FaultApi(`http://127.0.0.1:${port}`);
    try {
      await waitForOutput(service, 'API on http://127.0.0.1');
      const event = await api.expect<{ id: string }>(201, 'POST', '/events', {
        name: 'Process',
        slug: `proc-${randomUUID().slice(0, 8)}`,
      });
      const csv = await readFile(new URL('./fixtures/sample-event-200.csv', import.meta.url));
      const imported = await api.request<{ jobId: string }>('POST', `/events/${event.id}/imports`, {
        csv,
      });
      expect(imported.status).toBe(202);
      expect((await api.waitForJob(imported.body.jobId, 60_000)).state).toBe('completed');
      const run = await api.expect<{ jobId: string }>(
        202,
        'POST',
        `/events/${event.id}/matching/runs`,
      );
      expect((await api.waitForJob(run.jobId, 60_000)).state).toBe('completed');
      const accepted = await api.expect<{ jobId: string; scheduleId: string }>(
        202,
        'POST',
        `/events/${event.id}/schedules`,
        { rounds: 6, tables: 40, startAt: '2026-09-15T14:00:00+02:00', roundMinutes: 8 },
      );
      const job = await api.waitForJob(accepted.jobId, 60_000);
      expect(job).toMatchObject({ state: 'completed', result: { method: expect.any(String) } });
      expect((job.result as { meetings: number }).meetings).toBeGreaterThan(100);
      const schedule = await api.expect<{ status: string }>(
        200,
        'GET',
        `/events/${event.id}/schedules/${accepted.scheduleId}`,
      );
      expect(schedule.status).toBe('ready');
    } finally {
      service.child.kill('SIGKILL');
      await dropDatabase(url);
    }
  }, 90_000);
});

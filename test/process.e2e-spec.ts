import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { dropDatabase } from '../src/database/ensure-database.js';
import { buildService, startProcess, waitForOutput } from './support/service-process.js';

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
      ADMIN_API_KEY: 'process-test-admin-key-0123456789',
    });
    const base = `http://127.0.0.1:${port}`;
    const call = async (
      method: string,
      path: string,
      body?: unknown,
      type = 'application/json',
    ) => {
      const response = await fetch(`${base}${path}`, {
        method,
        headers: {
          Authorization: 'Bearer process-test-admin-key-0123456789',
          'Content-Type': type,
        },
        body:
          body === undefined
            ? undefined
            : typeof body === 'string' || body instanceof Buffer
              ? body
              : JSON.stringify(body),
      });
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test's view of JSON
      return { status: response.status, body: (await response.json()) as any };
    };
    const finished = async (jobId: string) => {
      for (let i = 0; i < 600; i++) {
        const job = await call('GET', `/jobs/${jobId}`);
        if (['completed', 'failed'].includes(job.body.state)) return job.body;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`job ${jobId} did not finish`);
    };
    try {
      await waitForOutput(service, 'API on http://127.0.0.1');
      const event = await call('POST', '/events', {
        name: 'Process',
        slug: `proc-${randomUUID().slice(0, 8)}`,
      });
      expect(event.status).toBe(201);
      const csv = await readFile(new URL('./fixtures/sample-event-200.csv', import.meta.url));
      const imported = await call('POST', `/events/${event.body.id}/imports`, csv, 'text/csv');
      expect((await finished(imported.body.jobId)).state).toBe('completed');
      const run = await call('POST', `/events/${event.body.id}/matching/runs`);
      expect((await finished(run.body.jobId)).state).toBe('completed');
      const accepted = await call('POST', `/events/${event.body.id}/schedules`, {
        rounds: 6,
        tables: 40,
        startAt: '2026-09-15T14:00:00+02:00',
        roundMinutes: 8,
      });
      expect(accepted.status).toBe(202);
      const job = await finished(accepted.body.jobId);
      expect(job).toMatchObject({ state: 'completed', result: { method: expect.any(String) } });
      expect(job.result.meetings).toBeGreaterThan(100);
      const schedule = await call(
        'GET',
        `/events/${event.body.id}/schedules/${accepted.body.scheduleId}`,
      );
      expect(schedule.body.status).toBe('ready');
    } finally {
      service.child.kill('SIGKILL');
      await dropDatabase(url);
    }
  }, 90_000);
});

import { dropDatabase } from '../../src/database/ensure-database.js';
import { FaultApi } from '../support/fault-api.js';
import {
  buildFaultService,
  faultDatabaseUrl,
  faultQueuePrefix,
  FaultProcesses,
  FaultProcess,
  freePort,
  sleep,
  waitForOutput,
  waitUntil,
} from '../support/fault-service.js';
import { TcpProxy } from '../support/fault-tcp-proxy.js';

// However PostgreSQL behaves, every request gets an answer within this.
const ANSWER_WITHIN_MS = 10_000;

function registration(n: number) {
  return {
    fullName: `Participant ${n}`,
    email: `participant${n}@example.fr`,
    organisation: 'Alpes Risques Ingénierie',
    organisationType: 'entreprise',
    country: 'FR',
    themes: ['natural-risks'],
    languages: ['fr'],
    offers: 'Prévention des crues torrentielles',
    consentMatching: true,
  };
}

/**
 * The service (API and workers in one process) reaches PostgreSQL through a relay the test
 * cuts and restores: from the service's side, PostgreSQL restarting. The shared server is
 * never touched.
 */
describe('Fault: PostgreSQL restarted under the service', () => {
  let processes: FaultProcesses;
  let service: FaultProcess;
  let api: FaultApi;
  const proxy = new TcpProxy('127.0.0.1', Number(new URL(process.env.DATABASE_URL!).port || 5432));
  const databaseUrl = faultDatabaseUrl('pg');

  beforeAll(async () => {
    processes = new FaultProcesses(await buildFaultService('postgres-restart'));
    await proxy.start();
    const throughProxy = new URL(databaseUrl);
    throughProxy.hostname = '127.0.0.1';
    throughProxy.port = String(proxy.port);
    const port = await freePort();
    service = processes.start('service', 'main.js', {
      DATABASE_URL: throughProxy.toString(),
      QUEUE_PREFIX: faultQueuePrefix('pg'),
      HOST: '127.0.0.1',
      PORT: String(port),
    });
    await waitForOutput(service, 'API on');
    api = new FaultApi(`http://127.0.0.1:${port}`);
  }, 120_000);

  afterAll(async () => {
    await processes?.killAll();
    await proxy.stop();
    await dropDatabase(databaseUrl);
  });

  it('answers 503 at once while it is down, and recovers without a restart', async () => {
    try {
      const event = await api.expect<{ id: string }>(201, 'POST', '/events', {
        name: 'Rencontres (PostgreSQL restart)',
        slug: `pg-restart-${Date.now().toString(36)}`,
      });
      await api.expect(201, 'PUT', `/events/${event.id}/participants/FR-0001`, registration(1));
      expect((await api.request('GET', '/health')).status).toBe(200);

      await proxy.stop();
      // Twice: first with the pool's connections just cut, then with none left to reuse.
      for (const round of [1, 2]) {
        const asked = (method: 'GET' | 'POST' | 'PUT', path: string, body?: unknown) =>
          api.request<Record<string, unknown>>(method, path, { body, timeoutMs: ANSWER_WITHIN_MS });
        const [health, read, list, write, create, run] = await Promise.all([
          asked('GET', '/health'),
          asked('GET', `/events/${event.id}`),
          asked('GET', `/events/${event.id}/participants`),
          asked('PUT', `/events/${event.id}/participants/FR-0002`, registration(2)),
          asked('POST', '/events', { name: 'Pendant la panne', slug: `pg-down-${round}` }),
          asked('POST', `/events/${event.id}/matching/runs`),
        ]);
        expect(health.status).toBe(503);
        expect(health.body).toMatchObject({
          statusCode: 503,
          error: 'Service Unavailable',
          details: { postgres: { status: 'down' }, redis: { status: 'up' } },
        });
        expect(health.body.message).toMatch(/postgres is down/);
        for (const answer of [read, list, write, create, run]) {
          expect({
            status: answer.status,
            retryAfter: answer.headers.get('retry-after'),
            body: answer.body,
          }).toEqual({
            status: 503,
            retryAfter: '5',
            body: {
              statusCode: 503,
              error: 'Service Unavailable',
              message: 'The database (PostgreSQL) is unavailable right now; try again shortly',
            },
          });
        }
        await sleep(500);
      }

      await proxy.start();
      await waitUntil(
        '/health to answer 200 again',
        async () => ((await api.request('GET', '/health')).status === 200 ? true : undefined),
        30_000,
        200,
      );
      expect(service.isRunning()).toBe(true);
      // The refused write left nothing behind; sent again, it is a creation.
      await api.expect(404, 'GET', `/events/${event.id}/participants/FR-0002`);
      await api.expect(201, 'PUT', `/events/${event.id}/participants/FR-0002`, registration(2));
      await api.expect(200, 'GET', `/events/${event.id}/participants/FR-0001`);
      await api.expect(201, 'POST', '/events', { name: 'Après la panne', slug: 'pg-down-1' });
    } catch (error) {
      await sleep(200);
      throw new Error(`${(error as Error).message}\n${processes.outputs()}`, { cause: error });
    }
  }, 120_000);
});

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import type { Response } from 'supertest';
import { routeAccessLevels } from '../src/bootstrap/openapi-access.js';
import { frenchCompany, moroccanCommune, uniqueSlug } from './support/factories.js';
import { OpenApiContract } from './support/openapi-contract.js';
import { startTestApp, TestApp } from './support/test-app.js';

/**
 * Real answers of the main endpoints, checked against the served /docs-json with a JSON-schema
 * validator: what generated clients are built from must be what the service sends.
 */
describe('The OpenAPI document against real answers', () => {
  let app: TestApp;
  let outbox: string;
  let contract: OpenApiContract;
  let eventId: string;
  let organiser: string;
  let frontend: string;

  const as = (key: string | null) => app.as(key);
  /** Polls a job through GET /jobs/{jobId}, checking every answer, until it has finished. */
  const finished = async (jobId: string): Promise<Response> => {
    for (;;) {
      const job = contract.expect(
        await as(organiser).get(`/jobs/${jobId}`),
        'get',
        '/jobs/{jobId}',
      );
      expect(job.status).toBe(200);
      if (job.body.state === 'completed' || job.body.state === 'failed') return job;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  beforeAll(async () => {
    outbox = await mkdtemp(join(tmpdir(), 'openapi-contract-'));
    app = await startTestApp({ mailOutboxDir: outbox, publicBaseUrl: 'https://match.example.org' });
    contract = new OpenApiContract((await app.as(null).get('/docs-json').expect(200)).body);
  });
  afterAll(async () => {
    await app.close();
    await rm(outbox, { recursive: true, force: true });
  });

  it("lints with no error under redocly's recommended rules (offline)", async () => {
    const problems = await lintFromString({
      source: JSON.stringify(contract.document),
      absoluteRef: 'docs-json.json',
      config: await createConfig({ extends: ['recommended'] }),
    });
    // Warnings too: none is left, so a new one is a regression.
    expect(
      problems.map(
        (problem) =>
          `${problem.severity} ${problem.ruleId}: ${problem.message} at ${problem.location[0]?.pointer}`,
      ),
    ).toEqual([]);
  });

  it('states for every operation the key its route needs, as the key guard reads it', () => {
    const levels = routeAccessLevels(app.app);
    for (const [path, item] of Object.entries(contract.document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const level = levels.get(`${method} ${path}`);
        expect({ operation: `${method} ${path}`, found: level !== undefined }).toEqual({
          operation: `${method} ${path}`,
          found: true,
        });
        expect(operation.security).toEqual(level === 'public' ? [] : [{ bearer: [] }]);
        expect('403' in operation.responses).toBe(level === 'organiser' || level === 'admin');
      }
    }
  });

  it('declares servers, key scheme and which endpoints need no key', () => {
    const { document } = contract;
    expect(document.servers).toEqual([{ url: 'https://match.example.org' }]);
    expect(document.components.securitySchemes.bearer).toEqual(
      expect.objectContaining({ type: 'http', scheme: 'bearer' }),
    );
    expect(document.components.securitySchemes.bearer).not.toHaveProperty('bearerFormat');
    const open = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([, operation]) => operation.security?.length === 0)
        .map(([method]) => `${method} ${path}`),
    );
    expect(open).toEqual(
      expect.arrayContaining(['get /health', 'get /taxonomy', 'get /unsubscribe/{token}']),
    );
    // Nothing else goes without a key: the unsubscribe link's token is its own credential.
    for (const operation of open)
      expect(operation).toMatch(/^\w+ \/(health|taxonomy|unsubscribe\/)/);
    const participants = document.paths['/events/{eventId}/participants'].get.responses;
    for (const status of ['401', '403', '429', '503']) {
      expect(participants[status].content?.['application/json'].schema).toEqual({
        $ref: '#/components/schemas/ErrorBody',
      });
    }
    // A front-end key may call this one: it can never be refused with 403.
    expect(
      document.paths['/events/{eventId}/participants/{externalId}/matches'].get.responses,
    ).not.toHaveProperty('403');
    const unsubscribe = document.paths['/unsubscribe/{token}'].get.responses;
    // A browser gets the styled page, a client asking for JSON the common error body.
    expect(Object.keys(unsubscribe['404'].content ?? {}).sort()).toEqual([
      'application/json',
      'text/html',
    ]);
    expect(unsubscribe['404'].content?.['application/json'].schema).toEqual({
      $ref: '#/components/schemas/ErrorBody',
    });
  });

  it('matches the answers of a whole event, from creation to e-mails', async () => {
    contract.expect(await as(null).get('/health'), 'get', '/health');
    contract.expect(await as(null).get('/taxonomy'), 'get', '/taxonomy');

    const created = contract.expect(
      await app
        .http()
        .post('/events')
        .send({
          name: 'Contrat',
          slug: uniqueSlug('contract'),
          startsOn: '2026-09-15',
          endsOn: '2026-09-16',
          settings: { organiserName: 'Cluster Montagne', organiserEmail: 'contact@example.org' },
        }),
      'post',
      '/events',
    );
    expect(created.status).toBe(201);
    eventId = created.body.id;
    organiser = created.body.keys.organiser;
    frontend = created.body.keys.frontend;
    contract.expect(await as(organiser).get(`/events/${eventId}`), 'get', '/events/{eventId}');

    const one = '/events/{eventId}/participants/{externalId}';
    const put = (externalId: string, body: object) =>
      as(frontend).put(`/events/${eventId}/participants/${externalId}`).send(body);
    expect(contract.expect(await put('MA-1', moroccanCommune()), 'put', one).status).toBe(201);
    expect(contract.expect(await put('MA-1', moroccanCommune()), 'put', one).status).toBe(200);
    contract.expect(await as(frontend).get(`/events/${eventId}/participants/MA-1`), 'get', one);

    const imported = contract.expect(
      await as(organiser)
        .post(`/events/${eventId}/imports`)
        .send([
          { externalId: 'FR-1', ...frenchCompany({ consentEmail: true }) },
          { externalId: 'FR-2', ...frenchCompany({ email: 'fr2@example.fr', country: 'XX' }) },
        ]),
      'post',
      '/events/{eventId}/imports',
    );
    expect(imported.status).toBe(202);
    expect((await finished(imported.body.jobId)).body.state).toBe('completed');
    contract.expect(
      await as(organiser).get(`/events/${eventId}/imports/${imported.body.importId}`),
      'get',
      '/events/{eventId}/imports/{importId}',
    );
    contract.expect(
      await as(organiser).get(`/events/${eventId}/participants?limit=1`),
      'get',
      '/events/{eventId}/participants',
    );

    const run = contract.expect(
      await as(organiser).post(`/events/${eventId}/matching/runs`),
      'post',
      '/events/{eventId}/matching/runs',
    );
    expect((await finished(run.body.jobId)).body.state).toBe('completed');
    contract.expect(
      await as(organiser).get(`/events/${eventId}/matching/runs/${run.body.runId}`),
      'get',
      '/events/{eventId}/matching/runs/{runId}',
    );
    const matches = contract.expect(
      await as(frontend).get(`/events/${eventId}/participants/MA-1/matches`),
      'get',
      '/events/{eventId}/participants/{externalId}/matches',
    );
    expect(matches.body).toHaveLength(1);

    const schedule = contract.expect(
      await as(organiser)
        .post(`/events/${eventId}/schedules`)
        .send({
          rounds: 2,
          tables: 2,
          startAt: '2026-09-15T14:00:00+02:00',
          roundMinutes: 8,
          mustMeet: [['MA-1', 'FR-1']],
        }),
      'post',
      '/events/{eventId}/schedules',
    );
    expect((await finished(schedule.body.jobId)).body.state).toBe('completed');
    const schedulePath = `/events/${eventId}/schedules/${schedule.body.scheduleId}`;
    contract.expect(
      await as(organiser).get(schedulePath),
      'get',
      '/events/{eventId}/schedules/{scheduleId}',
    );
    contract.expect(
      await as(frontend).get(`${schedulePath}/participants/MA-1`),
      'get',
      '/events/{eventId}/schedules/{scheduleId}/participants/{externalId}',
    );
    contract.expect(
      await as(organiser).post(`${schedulePath}/publish`),
      'post',
      '/events/{eventId}/schedules/{scheduleId}/publish',
    );
    const schedules = contract.expect(
      await as(organiser).get(`/events/${eventId}/schedules`),
      'get',
      '/events/{eventId}/schedules',
    );
    expect(schedules.body.items).toHaveLength(1);

    const dryRun = contract.expect(
      await as(organiser)
        .post(`/events/${eventId}/notifications/suggestions`)
        .send({ dryRun: true }),
      'post',
      '/events/{eventId}/notifications/suggestions',
    );
    expect((await finished(dryRun.body.jobId)).body.result.report).toBeDefined();
    const mailing = await as(organiser).post(`/events/${eventId}/notifications/suggestions`);
    contract.expect(mailing, 'post', '/events/{eventId}/notifications/suggestions');
    expect((await finished(mailing.body.jobId)).body.state).toBe('completed');
    const deliveries = contract.expect(
      await as(organiser).get(`/events/${eventId}/notifications/deliveries`),
      'get',
      '/events/{eventId}/notifications/deliveries',
    );
    expect(deliveries.body.items.length).toBeGreaterThan(0);

    const keys = '/events/{eventId}/keys';
    contract.expect(await as(organiser).get(`/events/${eventId}/keys`), 'get', keys);
    const issued = contract.expect(
      await as(organiser).post(`/events/${eventId}/keys`).send({ role: 'frontend' }),
      'post',
      keys,
    );
    contract.expect(
      await as(organiser).post(`/events/${eventId}/keys/${issued.body.id}/rotate`),
      'post',
      '/events/{eventId}/keys/{keyId}/rotate',
    );
    contract.expect(
      await as(organiser).delete(`/events/${eventId}/keys/${issued.body.id}`),
      'delete',
      '/events/{eventId}/keys/{keyId}',
    );
    expect(
      contract.expect(
        await as(frontend).delete(`/events/${eventId}/participants/MA-1`),
        'delete',
        one,
      ).status,
    ).toBe(204);
  });

  it('matches the error answers: 400, 401, 403 and 404', async () => {
    const one = '/events/{eventId}/participants/{externalId}';
    const bad = contract.expect(
      await as(organiser)
        .put(`/events/${eventId}/participants/MA-9`)
        .send(moroccanCommune({ country: 'Maroc', email: 'not-an-e-mail' })),
      'put',
      one,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.errors.length).toBeGreaterThan(1);
    expect(
      contract.expect(
        await as(null).get(`/events/${eventId}/participants`),
        'get',
        '/events/{eventId}/participants',
      ).status,
    ).toBe(401);
    expect(
      contract.expect(
        await as(frontend).get(`/events/${eventId}/participants`),
        'get',
        '/events/{eventId}/participants',
      ).status,
    ).toBe(403);
    expect(
      contract.expect(await as(organiser).post('/events').send({}), 'post', '/events').status,
    ).toBe(403);
    expect(
      contract.expect(await as(organiser).get(`/events/${eventId}/participants/NOBODY`), 'get', one)
        .status,
    ).toBe(404);
    expect(
      contract.expect(
        await as(organiser).get('/jobs/import-00000000-0000-4000-8000-000000000000'),
        'get',
        '/jobs/{jobId}',
      ).status,
    ).toBe(404);
    expect(
      contract.expect(await as(null).get('/unsubscribe/not-a-token'), 'get', '/unsubscribe/{token}')
        .status,
    ).toBe(400);
  });
});

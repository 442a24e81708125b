import { frenchCompany, moroccanCommune, uniqueSlug } from './support/factories.js';
import { waitForJob } from './support/jobs.js';
import { startTestApp, TestApp } from './support/test-app.js';

interface CreatedEvent {
  id: string;
  slug: string;
  keys: { organiser: string; frontend: string };
}

/** Who may do what: the admin key, an event's organiser key, its front-end key, nobody. */
describe('Access control', () => {
  let app: TestApp;
  let a: CreatedEvent;
  let b: CreatedEvent;

  const createEvent = async (): Promise<CreatedEvent> => {
    const response = await app
      .http()
      .post('/events')
      .send({ name: 'Rencontres', slug: uniqueSlug() })
      .expect(201);
    return response.body as CreatedEvent;
  };

  beforeAll(async () => {
    app = await startTestApp();
    a = await createEvent();
    b = await createEvent();
    await app
      .as(a.keys.organiser)
      .put(`/events/${a.id}/participants/MA-1`)
      .send(moroccanCommune())
      .expect(201);
    await app
      .as(a.keys.organiser)
      .put(`/events/${a.id}/participants/FR-1`)
      .send(frenchCompany())
      .expect(201);
  });
  afterAll(() => app.close());

  it('returns the two keys once, when the event is created, and stores only their hashes', async () => {
    expect(a.keys.organiser).toMatch(/^mmo_[A-Za-z0-9_-]{43}$/);
    expect(a.keys.frontend).toMatch(/^mmf_[A-Za-z0-9_-]{43}$/);
    const read = await app.as(a.keys.organiser).get(`/events/${a.id}`).expect(200);
    expect(JSON.stringify(read.body)).not.toContain(a.keys.organiser);
    const stored = JSON.stringify(await app.dataSource.query('SELECT * FROM api_key'));
    expect(stored).not.toContain(a.keys.organiser.slice(12));
    expect(stored).not.toContain(a.keys.frontend.slice(12));
  });

  it('answers 401 without a key or with a wrong one, in the common error body', async () => {
    const missing = await app.as(null).get(`/events/${a.id}`).expect(401);
    expect(missing.body).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
    expect(missing.body.message).toMatch(/Authorization: Bearer/);
    await app.as('mmo_not-a-real-key').get(`/events/${a.id}`).expect(401);
    await app.as(null).get(`/events/${a.id}`).set('X-Api-Key', a.keys.organiser).expect(200);
    await app.as(null).post('/events').send({ name: 'Pirate', slug: uniqueSlug() }).expect(401);
  });

  it('lets only the admin key create events', async () => {
    const denied = await app
      .as(a.keys.organiser)
      .post('/events')
      .send({ name: 'Another', slug: uniqueSlug() })
      .expect(403);
    expect(denied.body.message).toMatch(/admin key/);
    await app
      .as(a.keys.frontend)
      .post('/events')
      .send({ name: 'Another', slug: uniqueSlug() })
      .expect(403);
  });

  it('answers a key of event A on event B as if B did not exist, by id or slug', async () => {
    for (const ref of [b.id, b.slug]) {
      const response = await app.as(a.keys.organiser).get(`/events/${ref}`).expect(404);
      expect(response.body.message).toBe(`Event "${ref}" does not exist`);
      await app.as(a.keys.organiser).get(`/events/${ref}/participants`).expect(404);
      await app.as(a.keys.frontend).get(`/events/${ref}/participants/MA-1`).expect(404);
      await app.as(a.keys.organiser).post(`/events/${ref}/matching/runs`).expect(404);
    }
    // The same request on a truly unknown event gets the same answer.
    const unknown = await app.as(a.keys.organiser).get('/events/no-such-event').expect(404);
    expect(unknown.body.message).toBe('Event "no-such-event" does not exist');
  });

  it('lets the front-end key handle one participant at a time, and nothing more', async () => {
    const fe = () => app.as(a.keys.frontend);
    await fe()
      .put(`/events/${a.slug}/participants/MA-2`)
      .send(moroccanCommune({ email: 'ma2@example.ma' }))
      .expect(201);
    await fe().get(`/events/${a.id}/participants/MA-2`).expect(200);
    await fe().get(`/events/${a.id}/participants/MA-1/matches`).expect(409); // no run yet
    await fe().delete(`/events/${a.id}/participants/MA-2`).expect(204);

    const forbidden = await fe().get(`/events/${a.id}/participants`).expect(403);
    expect(forbidden.body.message).toMatch(/organiser key/);
    await fe().post(`/events/${a.id}/matching/runs`).expect(403);
    await fe().post(`/events/${a.id}/imports`).send([]).expect(403);
    await fe().post(`/events/${a.id}/schedules`).send({}).expect(403);
    await fe().get(`/events/${a.id}/keys`).expect(403);
  });

  it('shows a job only to its own event', async () => {
    const run = await app.as(a.keys.organiser).post(`/events/${a.id}/matching/runs`).expect(202);
    await waitForJob(app, run.body.jobId);
    await app.as(a.keys.organiser).get(`/jobs/${run.body.jobId}`).expect(200);
    await app.as(b.keys.organiser).get(`/jobs/${run.body.jobId}`).expect(404);
    await app.as(a.keys.frontend).get(`/jobs/${run.body.jobId}`).expect(403);
    await app.as(null).get(`/jobs/${run.body.jobId}`).expect(401);
  });

  it('rotates and revokes keys, effective at once', async () => {
    const org = () => app.as(a.keys.organiser);
    const issued = await org().post(`/events/${a.id}/keys`).send({ role: 'frontend' }).expect(201);
    expect(issued.body).toMatchObject({ role: 'frontend', revokedAt: null });
    await app.as(issued.body.key).get(`/events/${a.id}/participants/MA-1`).expect(200);

    const rotated = await org().post(`/events/${a.id}/keys/${issued.body.id}/rotate`).expect(201);
    await app.as(issued.body.key).get(`/events/${a.id}/participants/MA-1`).expect(401);
    await app.as(rotated.body.key).get(`/events/${a.id}/participants/MA-1`).expect(200);

    await org().delete(`/events/${a.id}/keys/${rotated.body.id}`).expect(200);
    await app.as(rotated.body.key).get(`/events/${a.id}/participants/MA-1`).expect(401);

    const listed = await org().get(`/events/${a.id}/keys`).expect(200);
    expect(listed.body).toHaveLength(4);
    expect(JSON.stringify(listed.body)).not.toContain(rotated.body.key);
    // Event B's keys are not A's to revoke.
    const [bKey] = (await app.as(b.keys.organiser).get(`/events/${b.id}/keys`).expect(200)).body;
    await org().delete(`/events/${a.id}/keys/${bKey.id}`).expect(404);
    await app.as(b.keys.organiser).get(`/events/${b.id}`).expect(200);
    await app.as(null).post(`/events/${a.id}/keys`).send({ role: 'admin' }).expect(401);
    const bad = await org().post(`/events/${a.id}/keys`).send({ role: 'admin' }).expect(400);
    expect(bad.body.errors[0].field).toBe('role');
  });

  it('leaves health, taxonomy and the API documentation open', async () => {
    await app.as(null).get('/health').expect(200);
    await app.as(null).get('/taxonomy').expect(200);
    await app.as(null).get('/docs-json').expect(200);
  });

  it('lets browser pages call an event only from the origins in its settings', async () => {
    const origin = 'https://inscription.rencontres.example.org';
    const created = await app
      .http()
      .post('/events')
      .send({ name: 'CORS', slug: uniqueSlug(), settings: { corsOrigins: [origin] } })
      .expect(201);
    const path = `/events/${created.body.slug}/participants/MA-1`;
    const allowed = await app
      .as(null)
      .options(path)
      .set('Origin', origin)
      .set('Access-Control-Request-Method', 'PUT')
      .set('Access-Control-Request-Headers', 'authorization,content-type');
    expect(allowed.status).toBe(204);
    expect(allowed.headers['access-control-allow-origin']).toBe(origin);
    expect(allowed.headers['access-control-allow-headers']).toMatch(/Authorization/);

    const elsewhere = await app
      .as(null)
      .options(path)
      .set('Origin', 'https://evil.example.com')
      .set('Access-Control-Request-Method', 'PUT');
    expect(elsewhere.headers['access-control-allow-origin']).toBeUndefined();
    // Event A's origins say nothing about event B.
    const otherEvent = await app
      .as(null)
      .options(`/events/${b.id}/participants/MA-1`)
      .set('Origin', origin)
      .set('Access-Control-Request-Method', 'PUT');
    expect(otherEvent.headers['access-control-allow-origin']).toBeUndefined();
    const bad = await app
      .http()
      .post('/events')
      .send({
        name: 'CORS',
        slug: uniqueSlug(),
        settings: { corsOrigins: ['javascript:alert(1)'] },
      })
      .expect(400);
    expect(bad.body.errors[0].field).toBe('settings.corsOrigins');
  });

  it('sends security headers', async () => {
    const response = await app.as(a.keys.organiser).get(`/events/${a.id}`).expect(200);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toBeDefined();
    expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('documents the security scheme in OpenAPI', async () => {
    const document = (await app.as(null).get('/docs-json').expect(200)).body;
    expect(document.components.securitySchemes).toHaveProperty('bearer');
    expect(document.paths['/events/{eventId}/participants'].get.security).toEqual([{ bearer: [] }]);
  });
});

describe('Rate limits', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ rateLimitPerIp: 1_000, rateLimitPerKey: 5 });
  });
  afterAll(() => app.close());

  it('answers 429 once a key has spent its budget for the minute, other keys unaffected', async () => {
    const event = (await app.http().post('/events').send({ name: 'R', slug: uniqueSlug() }))
      .body as CreatedEvent;
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      statuses.push((await app.as(event.keys.organiser).get(`/events/${event.id}`)).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    const limited = await app.as(event.keys.organiser).get(`/events/${event.id}`).expect(429);
    expect(limited.body).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
    expect(limited.headers['retry-after']).toBeDefined();
    await app.as(event.keys.frontend).get(`/events/${event.id}/participants/X-1`).expect(404);
  });
});

import { createEvent, frenchCompany, moroccanCommune } from './support/factories.js';
import { waitForJob } from './support/jobs.js';
import { Exposition, parsePrometheusText, samplesOf } from './support/prometheus-text.js';
import { sendSuggestions, waitForDeliveries } from './support/notifications.js';
import { startTestApp, TestApp } from './support/test-app.js';

const TOKEN = 'metrics-scrape-token-0123456789';
const PARTICIPANT_ROUTE = '/events/:eventId/participants/:externalId';
const QUEUES = ['imports', 'matching', 'scheduling', 'notifications'];
const QUEUE_STATES = ['waiting', 'active', 'delayed', 'failed'];

const scrape = async (app: TestApp): Promise<Exposition> => {
  const response = await app.as(TOKEN).get('/metrics').expect(200);
  expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
  return parsePrometheusText(response.text);
};

describe('Metrics', () => {
  let app: TestApp;
  let eventId: string;
  beforeAll(async () => {
    app = await startTestApp({ metricsToken: TOKEN });
    eventId = (await createEvent(app)).id;
    const put = (externalId: string, body: object) =>
      app.http().put(`/events/${eventId}/participants/${externalId}`).send(body).expect(201);
    await put('MA-1', moroccanCommune({ consentEmail: true }));
    await put(
      'MA-2',
      moroccanCommune({
        email: 'guides@imlil.example.ma',
        massif: 'haut-atlas',
        consentEmail: true,
      }),
    );
    await put('FR-1', frenchCompany());
    await put('FR-2', frenchCompany({ email: 'contact@ecrins.example.fr' }));
    await app.http().get(`/events/${eventId}/participants/MA-1`).expect(200);
    await app.http().get(`/events/${eventId}/participants/FR-1`).expect(200);
    await app.http().get(`/events/${eventId}/participants/NOBODY`).expect(404);
    const run = await app.http().post(`/events/${eventId}/matching/runs`).expect(202);
    expect((await waitForJob(app, run.body.jobId)).state).toBe('completed');
    // Written to the outbox folder (no SMTP_URL): sent as far as the delivery log goes.
    expect((await sendSuggestions(app, eventId)).counts).toMatchObject({ queued: 2 });
    expect((await waitForDeliveries(app, eventId)).totals).toMatchObject({ sent: 2 });
  }, 60_000);
  afterAll(() => app.close());

  it('times requests by route pattern and status, never by the URL with its ids', async () => {
    const metrics = await scrape(app);
    const name = 'montagne_match_http_request_duration_seconds';
    expect(metrics.types.get(name)).toBe('histogram');
    const count = (status: string) =>
      samplesOf(metrics, `${name}_count`, {
        method: 'GET',
        route: PARTICIPANT_ROUTE,
        status_code: status,
      }).map((sample) => sample.value);
    expect(count('200')).toEqual([2]);
    expect(count('404')).toEqual([1]);
    const buckets = samplesOf(metrics, `${name}_bucket`, {
      route: PARTICIPANT_ROUTE,
      status_code: '200',
    });
    expect(buckets.find((sample) => sample.labels.le === '+Inf')?.value).toBe(2);
    expect(
      samplesOf(metrics, `${name}_count`, { method: 'PUT', route: PARTICIPANT_ROUTE }).map(
        (sample) => sample.value,
      ),
    ).toEqual([4]);
    const labelValues = metrics.samples.flatMap((sample) => Object.values(sample.labels));
    expect(
      labelValues.filter((value) => value.includes(eventId) || value.includes('MA-1')),
    ).toEqual([]);
  });

  it('counts each queue’s jobs by state, and times jobs and matching runs', async () => {
    const metrics = await scrape(app);
    expect(metrics.types.get('montagne_match_queue_jobs')).toBe('gauge');
    for (const queue of QUEUES) {
      for (const state of QUEUE_STATES) {
        expect(samplesOf(metrics, 'montagne_match_queue_jobs', { queue, state })).toHaveLength(1);
      }
    }
    const jobs = samplesOf(metrics, 'montagne_match_job_duration_seconds_count', {
      queue: 'matching',
      name: 'finish-matching-run',
      status: 'completed',
    });
    expect(jobs.map((sample) => sample.value)).toEqual([1]);
    expect(
      samplesOf(metrics, 'montagne_match_matching_run_duration_seconds_count').map((s) => s.value),
    ).toEqual([1]);
    expect(
      samplesOf(metrics, 'montagne_match_matching_lists_written_total').map((s) => s.value),
    ).toEqual([4]);
    const emails = (status: string) =>
      samplesOf(metrics, 'montagne_match_emails_total', { status }).map((sample) => sample.value);
    expect(emails('sent')).toEqual([2]);
    expect(emails('failed')).toEqual([0]);
    // prom-client's process metrics.
    expect(metrics.types.get('process_cpu_user_seconds_total')).toBe('counter');
    expect(samplesOf(metrics, 'nodejs_heap_size_used_bytes')).toHaveLength(1);
  });

  it('answers 401 without the metrics token or with another one, an API key included', async () => {
    for (const key of [null, 'metrics-scrape-token-wrong', app.config.adminApiKey]) {
      const response = await app.as(key).get('/metrics').expect(401);
      expect(response.body).toEqual({
        statusCode: 401,
        error: 'Unauthorized',
        message: 'Send the metrics token (METRICS_TOKEN) as "Authorization: Bearer <token>"',
      });
    }
  });

  it('stays out of the OpenAPI document', async () => {
    const document = (await app.as(null).get('/docs-json').expect(200)).body;
    expect(Object.keys(document.paths)).not.toContain('/metrics');
  });
});

describe('Metrics without METRICS_TOKEN', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ metricsToken: null });
  });
  afterAll(() => app.close());

  it('answers 404, as for a route that does not exist, whatever the token', async () => {
    const unknown = await app.as(null).get('/no-such-route').expect(404);
    for (const key of [null, TOKEN]) {
      const response = await app.as(key).get('/metrics').expect(404);
      expect(response.body).toEqual({ ...unknown.body, message: 'Cannot GET /metrics' });
      expect(response.text).not.toContain('montagne_match');
    }
  });
});

describe('Metrics and the per-key rate limit', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ metricsToken: TOKEN, rateLimitPerKey: 1 });
  });
  afterAll(() => app.close());

  it('lets scrapes through a spent key budget: the token is not an API key', async () => {
    await app.http().get('/health').expect(200);
    await app.http().get('/health').expect(429);
    for (let i = 0; i < 3; i++) await scrape(app);
  });
});

describe('Metrics of a worker-only process', () => {
  let app: TestApp;
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  beforeAll(async () => {
    app = await startTestApp({ role: 'worker', metricsToken: TOKEN, metricsPort: port });
  });
  afterAll(() => app.close());

  it('serves /metrics alone on METRICS_PORT, with the same token', async () => {
    const url = `http://127.0.0.1:${port}`;
    const ok = await fetch(`${url}/metrics`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(ok.status).toBe(200);
    const metrics = parsePrometheusText(await ok.text());
    for (const queue of QUEUES) {
      expect(samplesOf(metrics, 'montagne_match_queue_jobs', { queue })).toHaveLength(4);
    }
    expect(samplesOf(metrics, 'process_resident_memory_bytes')).toHaveLength(1);

    const anonymous = await fetch(`${url}/metrics`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ statusCode: 401, error: 'Unauthorized' });
    const other = await fetch(`${url}/health`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(other.status).toBe(404);
  });
});

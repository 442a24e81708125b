import { createEvent, frenchCompany, moroccanCommune } from './support/factories.js';
import { waitForJob } from './support/jobs.js';
import { startTestApp, TestApp } from './support/test-app.js';

// The console's read models: the history of matching runs, the event summary and the list of
// participants whose best suggestion is weak.
describe('Dashboard reads', () => {
  let app: TestApp;
  let eventId: string;
  const put = (externalId: string, body: object) =>
    app.http().put(`/events/${eventId}/participants/${externalId}`).send(body).expect(201);
  const runMatching = async () => {
    const accepted = await app.http().post(`/events/${eventId}/matching/runs`).expect(202);
    const job = await waitForJob(app, accepted.body.jobId);
    expect(job.state).toBe('completed');
    return accepted.body.runId as string;
  };

  beforeAll(async () => {
    app = await startTestApp();
    eventId = (await createEvent(app)).id;
    await put('MA-TALIOUINE', moroccanCommune());
    await put('FR-RISQUES', frenchCompany());
    await put(
      'FR-ECRINS',
      frenchCompany({
        email: 'parc@ecrins.example.fr',
        organisation: 'Parc national des Écrins',
        organisationType: 'institution',
        themes: ['biodiversity', 'sustainable-tourism'],
        consentEmail: true,
      }),
    );
    // Consents to nothing: counted, never matched.
    await put(
      'MA-SILENT',
      moroccanCommune({ email: 'silent@example.ma', consentMatching: false, consentEmail: false }),
    );
  });
  afterAll(() => app.close());

  it('has empty matching figures before any run', async () => {
    const summary = await app.http().get(`/events/${eventId}/summary`).expect(200);
    expect(summary.body.matching).toEqual({
      currentRun: null,
      latestRun: null,
      weakBelow: 0.3,
      weakCount: 0,
    });
    expect(summary.body.latestSchedule).toBeNull();
    const runs = await app.http().get(`/events/${eventId}/matching/runs`).expect(200);
    expect(runs.body).toEqual({ items: [], total: 0, nextCursor: null });
    const weak = await app.http().get(`/events/${eventId}/matching/weak-suggestions`).expect(200);
    expect(weak.body).toEqual({ runId: null, weakBelow: 0.3, total: 0, items: [] });
  });

  it('lists runs newest first with duration, lists written and which one is current', async () => {
    const first = await runMatching();
    const second = await runMatching();
    const page = await app
      .http()
      .get(`/events/${eventId}/matching/runs`)
      .query({ limit: 1 })
      .expect(200);
    expect(page.body.total).toBe(2);
    expect(page.body.items).toEqual([
      expect.objectContaining({
        id: second,
        status: 'completed',
        current: true,
        participantCount: 3,
        listsWritten: 3,
        durationMs: expect.any(Number),
      }),
    ]);
    const next = await app
      .http()
      .get(`/events/${eventId}/matching/runs`)
      .query({ limit: 1, cursor: page.body.nextCursor })
      .expect(200);
    // Its lists are gone, replaced by the second run's, but the history keeps their number.
    expect(next.body.items).toEqual([
      expect.objectContaining({ id: first, status: 'superseded', current: false, listsWritten: 3 }),
    ]);
    expect(next.body.nextCursor).toBeNull();
    await app
      .http()
      .get(`/events/${eventId}/matching/runs`)
      .query({ cursor: 'bm90LWEtcnVu' })
      .expect(400);
  });

  it('sums up registrations, consents, the current run and e-mails', async () => {
    const summary = await app.http().get(`/events/${eventId}/summary`).expect(200);
    expect(summary.body.participants).toEqual({
      total: 4,
      byCountry: [
        { key: 'FR', count: 2 },
        { key: 'MA', count: 2 },
      ],
      byOrganisationType: [
        { key: 'collectivite', count: 2 },
        { key: 'entreprise', count: 1 },
        { key: 'institution', count: 1 },
      ],
      byTheme: [
        { key: 'sustainable-tourism', count: 3 },
        { key: 'cultural-heritage', count: 2 },
        { key: 'biodiversity', count: 1 },
        { key: 'natural-risks', count: 1 },
        { key: 'water', count: 1 },
      ],
      consents: { matching: 3, email: 2 },
    });
    expect(summary.body.matching.currentRun).toMatchObject({ status: 'completed', current: true });
    expect(summary.body.matching.latestRun.id).toBe(summary.body.matching.currentRun.id);
    expect(summary.body.emails).toEqual({ queued: 0, sent: 0, failed: 0, skipped: 0 });
  });

  it('lists those whose best suggestion is below the threshold, weakest first', async () => {
    const all = await app
      .http()
      .get(`/events/${eventId}/matching/weak-suggestions`)
      .query({ weakBelow: 1 })
      .expect(200);
    expect(all.body.total).toBe(3);
    const scores = all.body.items.map((item: { bestScore: number }) => item.bestScore);
    expect(scores).toEqual([...scores].sort((a, b) => a - b));
    expect(all.body.items[0]).toEqual({
      externalId: expect.any(String),
      fullName: expect.any(String),
      organisation: expect.any(String),
      country: expect.stringMatching(/^(FR|MA)$/),
      bestScore: expect.any(Number),
      suggestions: expect.any(Number),
    });
    const threshold = (scores[0] + scores[2]) / 2;
    const some = await app
      .http()
      .get(`/events/${eventId}/matching/weak-suggestions`)
      .query({ weakBelow: threshold })
      .expect(200);
    const expected = scores.filter((score: number) => score < threshold).length;
    expect(some.body.total).toBe(expected);
    const summary = await app
      .http()
      .get(`/events/${eventId}/summary`)
      .query({ weakBelow: threshold })
      .expect(200);
    expect(summary.body.matching.weakCount).toBe(expected);
    const none = await app
      .http()
      .get(`/events/${eventId}/matching/weak-suggestions`)
      .query({ weakBelow: 0 })
      .expect(200);
    expect(none.body.total).toBe(0);
    const bad = await app
      .http()
      .get(`/events/${eventId}/summary`)
      .query({ weakBelow: 2 })
      .expect(400);
    expect(bad.body.errors[0].field).toBe('weakBelow');
  });

  it('answers another event’s key as if the event did not exist', async () => {
    const other = (await createEvent(app)) as unknown as { keys: { organiser: string } };
    await app.as(other.keys.organiser).get(`/events/${eventId}/summary`).expect(404);
    await app.as(other.keys.organiser).get(`/events/${eventId}/matching/runs`).expect(404);
    await app
      .as(other.keys.organiser)
      .get(`/events/${eventId}/matching/weak-suggestions`)
      .expect(404);
  });
});

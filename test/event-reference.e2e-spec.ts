import { randomUUID } from 'node:crypto';
import { frenchCompany, moroccanCommune, uniqueSlug } from './support/factories.js';
import { waitForJob } from './support/jobs.js';
import { startTestApp, TestApp } from './support/test-app.js';

interface CreatedEvent {
  id: string;
  slug: string;
  keys: { organiser: string; frontend: string };
}

/**
 * A path names an event by id or by slug, and an event's id is not secret (it is in every
 * unsubscribe token and calendar UID): no slug may read as another event's id, and a key of one
 * event never reaches another, whatever slug its own event holds.
 */
describe('Event references in paths', () => {
  let app: TestApp;
  let a: CreatedEvent;
  let scheduleId: string;

  const createEvent = async (body: Record<string, unknown> = {}): Promise<CreatedEvent> =>
    (
      await app
        .http()
        .post('/events')
        .send({ name: 'Rencontres', slug: uniqueSlug(), ...body })
    ).body as CreatedEvent;

  beforeAll(async () => {
    app = await startTestApp();
    a = await createEvent();
    await app.http().put(`/events/${a.id}/participants/MA-1`).send(moroccanCommune()).expect(201);
    await app.http().put(`/events/${a.id}/participants/FR-1`).send(frenchCompany()).expect(201);
    const run = await app.http().post(`/events/${a.id}/matching/runs`).expect(202);
    expect((await waitForJob(app, run.body.jobId)).state).toBe('completed');
    const schedule = await app
      .http()
      .post(`/events/${a.id}/schedules`)
      .send({ rounds: 2, tables: 2, startAt: '2026-09-15T14:00:00+02:00', roundMinutes: 8 })
      .expect(202);
    expect((await waitForJob(app, schedule.body.jobId)).state).toBe('completed');
    scheduleId = schedule.body.scheduleId;
  }, 60_000);
  afterAll(() => app.close());

  describe('an event whose slug is already another event’s id (a row from before the rule)', () => {
    let b: CreatedEvent;
    const leaked = (body: unknown) => {
      const text = JSON.stringify(body);
      return ['fz.aitbenhaddou', 'etienne.garnier', 'Taliouine', 'MA-1', a.slug].filter((secret) =>
        text.includes(secret),
      );
    };

    beforeAll(async () => {
      b = await createEvent();
      // As if B had been created before slugs were checked: its slug is A's id.
      await app.dataSource.query('UPDATE event SET slug = $1 WHERE id = $2', [a.id, b.id]);
    });

    it('gives its organiser key nothing of the other event', async () => {
      const organiser = () => app.as(b.keys.organiser);
      const keysOfA = async () =>
        (await app.dataSource.query('SELECT id FROM api_key WHERE event_id = $1', [a.id])).length;
      const keysBefore = await keysOfA();
      const answers = [
        await organiser().get(`/events/${a.id}`),
        await organiser().get(`/events/${a.id}/participants`),
        await organiser().get(`/events/${a.id}/keys`),
        await organiser().post(`/events/${a.id}/keys`).send({ role: 'organiser' }),
        await organiser().get(`/events/${a.id}/schedules/${scheduleId}`),
        await organiser().get(`/events/${a.id}/schedules/${scheduleId}.csv`),
        await organiser().get(`/events/${a.id}/notifications/deliveries`),
        await organiser().get(`/events/${a.id}/notifications/preview/MA-1?kind=suggestions`),
        await organiser().post(`/events/${a.id}/matching/runs`),
      ];
      expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 404));
      for (const answer of answers) {
        expect(answer.body.message).toBe(`Event "${a.id}" does not exist`);
        expect(leaked(answer.body)).toEqual([]);
      }
      expect(await keysOfA()).toBe(keysBefore);
    });

    it('gives its front-end key nothing of the other event', async () => {
      const frontend = () => app.as(b.keys.frontend);
      const answers = [
        await frontend().get(`/events/${a.id}/participants/MA-1`),
        await frontend().get(`/events/${a.id}/participants/MA-1/matches`),
        await frontend().get(`/events/${a.id}/schedules/${scheduleId}/participants/MA-1`),
        await frontend().get(`/events/${a.id}/schedules/${scheduleId}/participants/MA-1.ics`),
        await frontend()
          .put(`/events/${a.id}/participants/MA-9`)
          .send(moroccanCommune({ email: 'x@example.ma' })),
        await frontend().delete(`/events/${a.id}/participants/FR-1`),
      ];
      expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 404));
      for (const answer of answers) expect(leaked(answer.body)).toEqual([]);
      const people = await app.dataSource.query(
        'SELECT external_id FROM participant WHERE event_id = $1 ORDER BY external_id',
        [a.id],
      );
      expect(people).toEqual([{ external_id: 'FR-1' }, { external_id: 'MA-1' }]);
    });

    it('still lets its keys act on their own event, by its id', async () => {
      const own = await app.as(b.keys.organiser).get(`/events/${b.id}`).expect(200);
      expect(own.body).toMatchObject({ id: b.id });
      await app.as(b.keys.organiser).get(`/events/${b.id}/participants`).expect(200);
    });

    it('reads a UUID as an id, never as a slug, for the admin too', async () => {
      const read = await app.http().get(`/events/${a.id}`).expect(200);
      expect(read.body).toMatchObject({ id: a.id, slug: a.slug });
      const people = await app.http().get(`/events/${a.id}/participants`).expect(200);
      expect(people.body.total).toBe(2);
    });
  });

  it.each([
    ['another event’s id', () => a.id],
    ['a fresh UUID', () => randomUUID()],
    ['32 hex digits without hyphens', () => randomUUID().replaceAll('-', '')],
    [
      'hex digits hyphenated by fours',
      () =>
        randomUUID()
          .replaceAll('-', '')
          .replace(/(.{4})(?!$)/g, '$1-'),
    ],
  ])('refuses a slug shaped like a UUID (%s) with 400 naming slug', async (_, slugOf) => {
    const before = await app.dataSource.query('SELECT count(*)::int AS n FROM event');
    const response = await app
      .http()
      .post('/events')
      .send({ name: 'Pirate', slug: slugOf() })
      .expect(400);
    expect(response.body.errors).toEqual([
      { field: 'slug', reason: expect.stringMatching(/must not look like an event id/) },
    ]);
    expect(await app.dataSource.query('SELECT count(*)::int AS n FROM event')).toEqual(before);
  });

  it('refuses a UUID-shaped slug derived from the name, naming slug', async () => {
    const response = await app.http().post('/events').send({ name: a.id }).expect(400);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toEqual(['slug']);
  });
});

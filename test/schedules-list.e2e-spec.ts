import { frenchCompany, moroccanCommune, uniqueSlug } from './support/factories.js';
import { waitForJob } from './support/jobs.js';
import { startTestApp, TestApp } from './support/test-app.js';

interface CreatedEvent {
  id: string;
  keys: { organiser: string; frontend: string };
}

const GRID = { rounds: 2, tables: 2, startAt: '2026-09-15T14:00:00+02:00', roundMinutes: 8 };

/** GET /events/:eventId/schedules: the console's way back to an event's schedules. */
describe('The list of an event’s schedules', () => {
  let app: TestApp;
  let event: CreatedEvent;
  let other: CreatedEvent;
  let first: string;
  let second: string;

  const createEvent = async (): Promise<CreatedEvent> =>
    (
      await app
        .http()
        .post('/events')
        .send({ name: 'Liste des plannings', slug: uniqueSlug('schedules') })
        .expect(201)
    ).body as CreatedEvent;
  const organiser = () => app.as(event.keys.organiser);
  const solve = async (): Promise<string> => {
    const accepted = await organiser().post(`/events/${event.id}/schedules`).send(GRID).expect(202);
    expect((await waitForJob(app, accepted.body.jobId, 60_000)).state).toBe('completed');
    return accepted.body.scheduleId as string;
  };

  beforeAll(async () => {
    app = await startTestApp();
    event = await createEvent();
    other = await createEvent();
    const put = (externalId: string, body: object) =>
      app
        .as(event.keys.frontend)
        .put(`/events/${event.id}/participants/${externalId}`)
        .send(body)
        .expect(201);
    await put('MA-1', moroccanCommune());
    await put('FR-1', frenchCompany());
    const run = await organiser().post(`/events/${event.id}/matching/runs`).expect(202);
    expect((await waitForJob(app, run.body.jobId)).state).toBe('completed');
    first = await solve();
    await organiser().post(`/events/${event.id}/schedules/${first}/publish`).expect(200);
    second = await solve();
  }, 120_000);
  afterAll(() => app.close());

  it('is empty for an event without schedules', async () => {
    const page = await app.as(other.keys.organiser).get(`/events/${other.id}/schedules`);
    expect(page.status).toBe(200);
    expect(page.body).toEqual({ items: [], total: 0, nextCursor: null });
  });

  it('lists them newest first with their figures, the published one marked', async () => {
    const page = await organiser().get(`/events/${event.id}/schedules`).expect(200);
    expect(page.body.total).toBe(2);
    expect(page.body.nextCursor).toBeNull();
    expect(page.body.items.map((item: { id: string }) => item.id)).toEqual([second, first]);
    const [draft, published] = page.body.items;
    expect(draft).toEqual({
      id: second,
      status: 'ready',
      createdAt: expect.any(String),
      solvedAt: expect.any(String),
      publishedAt: null,
      meetings: expect.any(Number),
      totalScore: expect.any(Number),
      upperBound: expect.any(Number),
      gap: expect.any(Number),
      failureReason: null,
    });
    expect(published).toMatchObject({ id: first, status: 'published' });
    expect(Date.parse(published.publishedAt)).not.toBeNaN();
    // The figures are the schedule's own, as its full view gives them.
    const full = await organiser().get(`/events/${event.id}/schedules/${first}`).expect(200);
    const { meetings, totalScore, upperBound, gap } = full.body.stats;
    expect(published).toMatchObject({ meetings, totalScore, upperBound, gap });
    expect(meetings).toBeGreaterThan(0);
  });

  it('pages with limit and the cursor it returned', async () => {
    const one = await organiser().get(`/events/${event.id}/schedules?limit=1`).expect(200);
    expect(one.body.items.map((item: { id: string }) => item.id)).toEqual([second]);
    expect(one.body.total).toBe(2);
    expect(typeof one.body.nextCursor).toBe('string');
    const two = await organiser()
      .get(`/events/${event.id}/schedules`)
      .query({ limit: 1, cursor: one.body.nextCursor })
      .expect(200);
    expect(two.body.items.map((item: { id: string }) => item.id)).toEqual([first]);
    expect(two.body.nextCursor).toBeNull();
  });

  it('refuses a cursor it did not return and a bad limit, naming the field', async () => {
    for (const cursor of ['not-a-cursor', 'abc$', Buffer.from('x').toString('base64url')]) {
      const bad = await organiser().get(`/events/${event.id}/schedules`).query({ cursor });
      expect(bad.status).toBe(400);
      expect(bad.body.errors).toEqual([expect.objectContaining({ field: 'cursor' })]);
    }
    const limit = await organiser().get(`/events/${event.id}/schedules?limit=0`);
    expect(limit.status).toBe(400);
    expect(limit.body.errors).toEqual([expect.objectContaining({ field: 'limit' })]);
  });

  it('shows them to the event’s organiser only', async () => {
    await app.as(other.keys.organiser).get(`/events/${event.id}/schedules`).expect(404);
    await app.as(event.keys.frontend).get(`/events/${event.id}/schedules`).expect(403);
    await app.as(null).get(`/events/${event.id}/schedules`).expect(401);
    // Another event's schedule id as a cursor reads nothing of that event.
    const foreign = await app
      .as(other.keys.organiser)
      .get(`/events/${other.id}/schedules`)
      .query({ cursor: Buffer.from(first).toString('base64url') })
      .expect(200);
    expect(foreign.body).toEqual({ items: [], total: 0, nextCursor: null });
  });
});

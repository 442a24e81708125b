import { createEvent } from './support/factories.js';
import { startTestApp, TestApp } from './support/test-app.js';

describe('GET /events', () => {
  let app: TestApp;
  beforeAll(async () => (app = await startTestApp()));
  afterAll(() => app.close());

  it('gives the admin every event, a page at a time, ordered by slug', async () => {
    const slugs = ['list-c-event', 'list-a-event', 'list-b-event'];
    for (const slug of slugs) await createEvent(app, { slug });
    const first = await app.http().get('/events').query({ limit: 2 }).expect(200);
    expect(first.body).toMatchObject({ scope: 'all', total: 3 });
    expect(first.body.items.map((event: { slug: string }) => event.slug)).toEqual([
      'list-a-event',
      'list-b-event',
    ]);
    expect(first.body.items[0]).not.toHaveProperty('keys');
    const second = await app
      .http()
      .get('/events')
      .query({ limit: 2, cursor: first.body.nextCursor })
      .expect(200);
    expect(second.body.items.map((event: { slug: string }) => event.slug)).toEqual([
      'list-c-event',
    ]);
    expect(second.body.nextCursor).toBeNull();
  });

  it('gives an organiser key its own event only, and refuses front-end keys and no key', async () => {
    const event = (await createEvent(app, { slug: 'list-own-event' })) as unknown as {
      id: string;
      keys: { organiser: string; frontend: string };
    };
    const own = await app.as(event.keys.organiser).get('/events').expect(200);
    expect(own.body).toMatchObject({ scope: 'event', total: 1, nextCursor: null });
    expect(own.body.items.map((item: { id: string }) => item.id)).toEqual([event.id]);
    await app.as(event.keys.frontend).get('/events').expect(403);
    await app.as(null).get('/events').expect(401);
  });

  it('names the field of a bad page request', async () => {
    const answer = await app.http().get('/events').query({ limit: 0 }).expect(400);
    expect(answer.body.errors).toEqual([{ field: 'limit', reason: expect.any(String) }]);
  });

  it('answers 400 naming the cursor when it is not one this API returned', async () => {
    // Well-formed base64url that decodes to a NUL byte, and to text no slug can be.
    for (const cursor of ['AA', Buffer.from('Not A Slug').toString('base64url')]) {
      const answer = await app.http().get('/events').query({ cursor }).expect(400);
      expect(answer.body.errors).toEqual([{ field: 'cursor', reason: expect.any(String) }]);
    }
  });
});

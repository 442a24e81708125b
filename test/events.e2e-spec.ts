import { createEvent, uniqueSlug } from './support/factories.js';
import { startTestApp, TestApp } from './support/test-app.js';

describe('Events API', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('creates an event with default settings and reads it by id and by slug', async () => {
    const slug = uniqueSlug();
    const created = await app
      .http()
      .post('/events')
      .send({
        name: 'Rencontres Franco-Marocaines de la Montagne',
        slug,
        startsOn: '2026-09-15',
        endsOn: '2026-09-16',
      })
      .expect(201);
    expect(created.body).toMatchObject({
      slug,
      startsOn: '2026-09-15',
      endsOn: '2026-09-16',
      timezone: 'Europe/Paris',
      settings: {
        weights: { complementarity: 0.35, themes: 0.2, text: 0.15, actors: 0.15, territory: 0.15 },
        crossCountryOnly: true,
        topK: 50,
      },
    });
    const byId = await app.http().get(`/events/${created.body.id}`).expect(200);
    const bySlug = await app.http().get(`/events/${slug}`).expect(200);
    // The keys are shown once, at creation; reads give the event alone.
    const { keys, ...event } = created.body;
    expect(keys).toEqual({ organiser: expect.any(String), frontend: expect.any(String) });
    expect(byId.body).toEqual(event);
    expect(bySlug.body).toEqual(event);
  });

  it('derives the slug from the name, folding accents', async () => {
    const name = `Journées Écrins–Taliouine ${uniqueSlug('x')}`;
    const created = await app.http().post('/events').send({ name }).expect(201);
    expect(created.body.slug).toMatch(/^journees-ecrins-taliouine-x-[0-9a-f]{8}$/);
  });

  it('merges partial settings with the defaults', async () => {
    const event = await createEvent(app, {
      settings: { weights: { territory: 0.5 }, crossCountryOnly: false, topK: 10 },
    });
    const read = await app.http().get(`/events/${event.id}`).expect(200);
    expect(read.body.settings).toEqual({
      weights: { complementarity: 0.35, themes: 0.2, text: 0.15, actors: 0.15, territory: 0.5 },
      crossCountryOnly: false,
      topK: 10,
      corsOrigins: [],
    });
  });

  it('refuses a taken slug with 409 naming the field', async () => {
    const event = await createEvent(app);
    const response = await app
      .http()
      .post('/events')
      .send({ name: 'Autre', slug: event.slug })
      .expect(409);
    expect(response.body.errors).toEqual([
      { field: 'slug', reason: expect.stringContaining(event.slug) },
    ]);
  });

  it.each([
    [{ slug: 'ok-slug-1' }, 'name'],
    [{ name: 'X', slug: 'Not A Slug' }, 'slug'],
    [{ name: 'X', slug: uniqueSlug(), startsOn: '2026-02-30' }, 'startsOn'],
    [{ name: 'X', slug: uniqueSlug(), startsOn: '2026-09-16', endsOn: '2026-09-15' }, 'endsOn'],
    [{ name: 'X', slug: uniqueSlug(), timezone: 'Mars/Olympus' }, 'timezone'],
    [{ name: 'X', slug: uniqueSlug(), settings: { topK: 0 } }, 'settings.topK'],
    [
      { name: 'X', slug: uniqueSlug(), settings: { weights: { text: 2 } } },
      'settings.weights.text',
    ],
    [
      {
        name: 'X',
        slug: uniqueSlug(),
        settings: { weights: { complementarity: 0, themes: 0, text: 0, actors: 0, territory: 0 } },
      },
      'settings.weights',
    ],
    [
      { name: 'X', slug: uniqueSlug(), settings: { crossCountryOnly: 'yes' } },
      'settings.crossCountryOnly',
    ],
    [{ name: 'X', slug: uniqueSlug(), colour: 'blue' }, 'colour'],
  ])('refuses %j with 400 naming %s', async (body, field) => {
    const before = await app.dataSource.query('SELECT count(*)::int AS n FROM event');
    const response = await app.http().post('/events').send(body).expect(400);
    expect(response.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    const after = await app.dataSource.query('SELECT count(*)::int AS n FROM event');
    expect(after).toEqual(before);
  });

  it('answers 404 for an unknown event', async () => {
    const response = await app.http().get('/events/no-such-event').expect(404);
    expect(response.body).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'Event "no-such-event" does not exist',
    });
    await app.http().get('/events/00000000-0000-4000-8000-000000000000').expect(404);
  });
});

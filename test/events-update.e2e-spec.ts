import { createEvent } from './support/factories.js';
import { startTestApp, TestApp } from './support/test-app.js';

describe('PATCH /events/:eventId', () => {
  let app: TestApp;
  beforeAll(async () => (app = await startTestApp()));
  afterAll(() => app.close());

  async function organiserEvent(body: Record<string, unknown> = {}) {
    return (await createEvent(app, body)) as unknown as {
      id: string;
      slug: string;
      keys: { organiser: string; frontend: string };
    };
  }

  it('changes only what the body names, merges settings, and says when a new run is needed', async () => {
    const event = await organiserEvent({
      startsOn: '2026-09-15',
      endsOn: '2026-09-16',
      settings: { organiserName: 'Cluster Montagne', topK: 20 },
    });
    const contact = await app
      .as(event.keys.organiser)
      .patch(`/events/${event.slug}`)
      .send({
        name: 'Rencontres 2026 — Chamonix',
        timezone: 'Africa/Casablanca',
        settings: {
          organiserEmail: 'rencontres@cluster-montagne.example.org',
          corsOrigins: ['https://inscription.example.org'],
        },
      })
      .expect(200);
    expect(contact.body).toMatchObject({
      id: event.id,
      slug: event.slug,
      name: 'Rencontres 2026 — Chamonix',
      timezone: 'Africa/Casablanca',
      startsOn: '2026-09-15',
      endsOn: '2026-09-16',
      matchingSettingsChanged: false,
      settings: {
        organiserName: 'Cluster Montagne',
        organiserEmail: 'rencontres@cluster-montagne.example.org',
        corsOrigins: ['https://inscription.example.org'],
        topK: 20,
      },
    });

    const weights = await app
      .as(event.keys.organiser)
      .patch(`/events/${event.id}`)
      .send({ settings: { weights: { territory: 0.4 } }, endsOn: null })
      .expect(200);
    expect(weights.body.matchingSettingsChanged).toBe(true);
    expect(weights.body.endsOn).toBeNull();
    expect(weights.body.settings.weights).toEqual({
      complementarity: 0.35,
      themes: 0.2,
      text: 0.15,
      actors: 0.15,
      territory: 0.4,
    });
    const read = await app.http().get(`/events/${event.id}`).expect(200);
    const { matchingSettingsChanged: _changed, ...stored } = weights.body;
    expect(read.body).toEqual({ ...stored, updatedAt: read.body.updatedAt });
  });

  it('names each bad field and changes nothing', async () => {
    const event = await organiserEvent({ startsOn: '2026-09-15', endsOn: '2026-09-16' });
    const before = await app.http().get(`/events/${event.id}`).expect(200);
    const answer = await app
      .as(event.keys.organiser)
      .patch(`/events/${event.id}`)
      .send({
        timezone: 'Mars/Olympus',
        settings: { topK: 0, organiserEmail: 'not-an-address' },
      })
      .expect(400);
    expect(answer.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'settings.organiserEmail',
      'settings.topK',
      'timezone',
    ]);
    const order = await app
      .as(event.keys.organiser)
      .patch(`/events/${event.id}`)
      .send({ endsOn: '2026-09-01' })
      .expect(400);
    expect(order.body.errors).toEqual([
      { field: 'endsOn', reason: 'endsOn must not be before startsOn' },
    ]);
    const zero = await app
      .as(event.keys.organiser)
      .patch(`/events/${event.id}`)
      .send({
        settings: {
          weights: { complementarity: 0, themes: 0, text: 0, actors: 0, territory: 0 },
        },
      })
      .expect(400);
    expect(zero.body.errors[0].field).toBe('settings.weights');
    const slug = await app
      .as(event.keys.organiser)
      .patch(`/events/${event.id}`)
      .send({ slug: 'another-slug' })
      .expect(400);
    expect(slug.body.errors[0].field).toBe('slug');
    const nameless = await app
      .as(event.keys.organiser)
      .patch(`/events/${event.id}`)
      .send({ name: null })
      .expect(400);
    expect(nameless.body.errors[0].field).toBe('name');
    expect((await app.http().get(`/events/${event.id}`).expect(200)).body).toEqual(before.body);
  });

  it('is refused to front-end keys and to another event’s key', async () => {
    const event = await organiserEvent();
    const other = await organiserEvent();
    await app.as(event.keys.frontend).patch(`/events/${event.id}`).send({ name: 'x' }).expect(403);
    await app.as(other.keys.organiser).patch(`/events/${event.id}`).send({ name: 'x' }).expect(404);
    await app.as(null).patch(`/events/${event.id}`).send({ name: 'x' }).expect(401);
  });
});

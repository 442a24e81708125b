import { createEvent, moroccanCommune } from './support/factories.js';
import { startTestApp, TestApp } from './support/test-app.js';

const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const DELIVERY_ID = '0b6e4f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b';

/**
 * Inputs that pass a format check yet could never have come from this API: each is a 4xx in
 * the common body, never a 500 from PostgreSQL refusing them.
 */
describe('Cursors and event references the API never wrote', () => {
  let app: TestApp;
  let eventId: string;

  beforeAll(async () => {
    app = await startTestApp();
    eventId = (await createEvent(app)).id;
    await app
      .http()
      .put(`/events/${eventId}/participants/MA-1`)
      .send(moroccanCommune())
      .expect(201);
  });
  afterAll(() => app.close());

  it.each([
    ['month 13', '2026-13-01 08:30:12.123456+00'],
    ['30 February', '2026-02-30 08:30:12+00'],
    ['hour 25', '2026-09-01 25:30:12+00'],
    ['year 0', '0000-09-01 08:30:12+00'],
    ['an offset of 20 hours', '2026-09-01 08:30:12+20'],
  ])('refuses a deliveries cursor holding %s with 400 naming cursor', async (_, createdAt) => {
    const response = await app
      .http()
      .get(`/events/${eventId}/notifications/deliveries`)
      .query({ cursor: cursorOf([createdAt, DELIVERY_ID]) })
      .expect(400);
    expect(response.body).toMatchObject({
      statusCode: 400,
      errors: [{ field: 'cursor', reason: expect.any(String) }],
    });
  });

  it('refuses a deliveries cursor whose id is hyphens only', async () => {
    const cursor = cursorOf(['2026-09-01 08:30:12+00', '-'.repeat(36)]);
    const response = await app
      .http()
      .get(`/events/${eventId}/notifications/deliveries`)
      .query({ cursor })
      .expect(400);
    expect(response.body.errors).toEqual([{ field: 'cursor', reason: expect.any(String) }]);
  });

  it.each([
    ['a NUL byte', Buffer.from('\u0000').toString('base64url')],
    ['a space', Buffer.from('MA 1').toString('base64url')],
  ])('refuses a participants cursor holding %s with 400 naming cursor', async (_, cursor) => {
    const response = await app
      .http()
      .get(`/events/${eventId}/participants`)
      .query({ cursor })
      .expect(400);
    expect(response.body.errors).toEqual([{ field: 'cursor', reason: expect.any(String) }]);
  });

  it('still pages participants with the cursors it writes', async () => {
    await app
      .http()
      .put(`/events/${eventId}/participants/MA-2`)
      .send(moroccanCommune({ email: 'ma2@example.ma' }))
      .expect(201);
    const first = await app.http().get(`/events/${eventId}/participants?limit=1`).expect(200);
    const next = await app
      .http()
      .get(`/events/${eventId}/participants`)
      .query({ limit: 1, cursor: first.body.nextCursor })
      .expect(200);
    expect(next.body.items.map((p: { externalId: string }) => p.externalId)).toEqual(['MA-2']);
  });

  it.each(['%00', 'rfmm%002026', '%00%00%00%00%00%00%00%00'])(
    'answers an event reference holding NUL (%s) with 404 in the common body',
    async (reference) => {
      for (const path of [`/events/${reference}`, `/events/${reference}/participants`]) {
        const response = await app.http().get(path).expect(404);
        expect(response.type).toBe('application/json');
        expect(response.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
      }
    },
  );

  it('answers a malformed escape in the event reference with a 4xx in the common body', async () => {
    const response = await app
      .http()
      .get('/events/%E0%A4%A/participants')
      .set('Origin', 'https://inscription.example.org');
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.type).toBe('application/json');
    expect(response.body).toMatchObject({ statusCode: response.status });
  });
});

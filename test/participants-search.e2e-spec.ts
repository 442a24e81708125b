import { createEvent, frenchCompany, moroccanCommune } from './support/factories.js';
import { startTestApp, TestApp } from './support/test-app.js';

// The console's participants table searches by text and filters by consent, server-side.
describe('GET /events/:eventId/participants?q=&consent=', () => {
  let app: TestApp;
  let eventId: string;
  const ids = async (query: Record<string, string>) => {
    const page = await app.http().get(`/events/${eventId}/participants`).query(query).expect(200);
    return page.body.items.map((item: { externalId: string }) => item.externalId);
  };

  beforeAll(async () => {
    app = await startTestApp();
    eventId = (await createEvent(app)).id;
    const put = (externalId: string, body: object) =>
      app.http().put(`/events/${eventId}/participants/${externalId}`).send(body).expect(201);
    await put('MA-TALIOUINE', moroccanCommune());
    await put('FR-RISQUES', frenchCompany());
    await put(
      'FR-100PCT',
      frenchCompany({ email: 'cent@example.fr', organisation: 'Montagne 100% durable' }),
    );
  });
  afterAll(() => app.close());

  it('finds by part of the name, organisation, e-mail or id, in any case', async () => {
    expect(await ids({ q: 'taliou' })).toEqual(['MA-TALIOUINE']);
    expect(await ids({ q: 'ALPES RISQUES' })).toEqual(['FR-RISQUES']);
    expect(await ids({ q: 'garnier@' })).toEqual(['FR-RISQUES']);
    expect(await ids({ q: 'fr-' })).toEqual(['FR-100PCT', 'FR-RISQUES']);
  });

  it('matches % and _ literally', async () => {
    expect(await ids({ q: '100%' })).toEqual(['FR-100PCT']);
    expect(await ids({ q: '%' })).toEqual(['FR-100PCT']);
    expect(await ids({ q: '_' })).toEqual([]);
  });

  it('filters by consent, and names a bad one', async () => {
    expect(await ids({ consent: 'email' })).toEqual(['MA-TALIOUINE']);
    expect(await ids({ consent: 'no-email' })).toEqual(['FR-100PCT', 'FR-RISQUES']);
    expect(await ids({ consent: 'matching', country: 'MA' })).toEqual(['MA-TALIOUINE']);
    const bad = await app
      .http()
      .get(`/events/${eventId}/participants`)
      .query({ consent: 'maybe' })
      .expect(400);
    expect(bad.body.errors[0].field).toBe('consent');
  });
});

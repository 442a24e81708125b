import { createEvent, frenchCompany, moroccanCommune, uniqueSlug } from './support/factories.js';
import { startTestApp, TestApp } from './support/test-app.js';

describe('Participants API', () => {
  let app: TestApp;
  let eventId: string;
  const path = (externalId: string) => `/events/${eventId}/participants/${externalId}`;

  beforeAll(async () => {
    app = await startTestApp();
  });
  beforeEach(async () => {
    eventId = (await createEvent(app)).id;
  });
  afterAll(() => app.close());

  it('creates with 201, then the same body again is 200 and changes nothing', async () => {
    const created = await app.http().put(path('REG-001')).send(moroccanCommune()).expect(201);
    expect(created.body).toMatchObject({ externalId: 'REG-001', profileVersion: 1, country: 'MA' });

    const again = await app.http().put(path('REG-001')).send(moroccanCommune()).expect(200);
    expect(again.body).toEqual(created.body);
    const [row] = await app.dataSource.query(
      'SELECT profile_version, updated_at FROM participant WHERE external_id = $1 AND event_id = $2',
      ['REG-001', eventId],
    );
    expect(row.profile_version).toBe(1);
    expect(new Date(row.updated_at).toISOString()).toBe(created.body.updatedAt);
  });

  it('bumps the version only when the profile really changes', async () => {
    await app.http().put(path('REG-002')).send(moroccanCommune()).expect(201);
    const changed = await app
      .http()
      .put(path('REG-002'))
      .send(moroccanCommune({ needs: 'Formation de guides de montagne' }))
      .expect(200);
    expect(changed.body).toMatchObject({
      profileVersion: 2,
      needs: 'Formation de guides de montagne',
    });
  });

  it('keeps accents, Arabic script and Tifinagh exactly as sent', async () => {
    const body = moroccanCommune({
      fullName: 'فاطمة الزهراء آيت بنحدو',
      organisation: 'ⵜⴰⵎⴰⵙⵉⵍⵜ ⵏ ⵜⴰⵍⵢⵓⵉⵏ (Commune de Taliouine)',
      description: 'Coopérative féminine de safran — تعاونية الزعفران',
    });
    await app.http().put(path('REG-003')).send(body).expect(201);
    const read = await app.http().get(path('REG-003')).expect(200);
    expect(read.body).toMatchObject({
      fullName: body.fullName,
      organisation: body.organisation,
      description: body.description,
    });
  });

  it('normalises what forms send: massif labels, lower-case country, decomposed accents', async () => {
    const decomposed = 'E\u0301tienne'; // "É" typed as E + combining acute
    const created = await app
      .http()
      .put(path('REG-004'))
      .send(frenchCompany({ fullName: decomposed, massif: 'Haut Atlas', country: 'ma' }))
      .expect(201);
    expect(created.body).toMatchObject({
      fullName: 'Étienne',
      massif: 'haut-atlas',
      country: 'MA',
    });
  });

  it('treats e-mails as unique per event, case-insensitively', async () => {
    await app.http().put(path('REG-005')).send(moroccanCommune()).expect(201);
    const clash = await app
      .http()
      .put(path('REG-006'))
      .send(frenchCompany({ email: 'FZ.AitBenhaddou@Example.MA' }))
      .expect(409);
    expect(clash.body.errors).toEqual([
      { field: 'email', reason: 'email is already used by another participant in this event' },
    ]);
    // Whose address it is stays unsaid: the answer is no e-mail → registration-id oracle.
    expect(JSON.stringify(clash.body)).not.toContain('REG-005');
    expect(JSON.stringify(clash.body)).not.toMatch(/Fatima|Taliouine/);
    const other = await createEvent(app);
    await app
      .http()
      .put(`/events/${other.id}/participants/REG-006`)
      .send(frenchCompany({ email: 'FZ.AitBenhaddou@Example.MA' }))
      .expect(201);
  });

  it("answers a front-end that sends someone else's address without naming that someone", async () => {
    const created = await app
      .http()
      .post('/events')
      .send({ name: 'Rencontres', slug: uniqueSlug() })
      .expect(201);
    const event = created.body as { id: string; keys: { frontend: string } };
    const frontEnd = () => app.as(event.keys.frontend);
    await frontEnd()
      .put(`/events/${event.id}/participants/B-FR-1`)
      .send(frenchCompany({ email: 'etienne@example.fr' }))
      .expect(201);
    const clash = await frontEnd()
      .put(`/events/${event.id}/participants/A-MA-1`)
      .send(moroccanCommune({ email: 'Etienne@Example.FR' }))
      .expect(409);
    expect(clash.body).toEqual({
      statusCode: 409,
      error: 'Conflict',
      message: 'email is already used by another participant in this event',
      errors: [
        { field: 'email', reason: 'email is already used by another participant in this event' },
      ],
    });
    const body = JSON.stringify(clash.body);
    for (const theirs of ['B-FR-1', 'Étienne', 'Alpes Risques']) {
      expect(body).not.toContain(theirs);
    }
  });

  it('lists a page with filters and follows the cursor to the end', async () => {
    for (let i = 1; i <= 5; i += 1) {
      await app
        .http()
        .put(path(`MA-${i}`))
        .send(moroccanCommune({ email: `ma${i}@example.ma` }))
        .expect(201);
      await app
        .http()
        .put(path(`FR-${i}`))
        .send(frenchCompany({ email: `fr${i}@example.fr`, themes: i % 2 ? ['water'] : ['energy'] }))
        .expect(201);
    }
    const moroccans = await app
      .http()
      .get(`/events/${eventId}/participants?country=MA`)
      .expect(200);
    expect(moroccans.body.total).toBe(5);
    expect(moroccans.body.items.every((p: { country: string }) => p.country === 'MA')).toBe(true);

    const water = await app.http().get(`/events/${eventId}/participants?theme=water`).expect(200);
    expect(water.body.items.map((p: { externalId: string }) => p.externalId)).toEqual([
      'FR-1',
      'FR-3',
      'FR-5',
    ]);

    const companies = await app
      .http()
      .get(`/events/${eventId}/participants?organisationType=entreprise&theme=energy`)
      .expect(200);
    expect(companies.body.items.map((p: { externalId: string }) => p.externalId)).toEqual([
      'FR-2',
      'FR-4',
    ]);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `?limit=4&cursor=${cursor}` : '?limit=4';
      const page = await app.http().get(`/events/${eventId}/participants${query}`).expect(200);
      expect(page.body.total).toBe(10);
      seen.push(...page.body.items.map((p: { externalId: string }) => p.externalId));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual([
      'FR-1',
      'FR-2',
      'FR-3',
      'FR-4',
      'FR-5',
      'MA-1',
      'MA-2',
      'MA-3',
      'MA-4',
      'MA-5',
    ]);
  });

  it('never shows one event’s participants through another event', async () => {
    await app.http().put(path('REG-010')).send(moroccanCommune()).expect(201);
    const other = await createEvent(app);
    await app.http().get(`/events/${other.id}/participants/REG-010`).expect(404);
    const list = await app.http().get(`/events/${other.id}/participants`).expect(200);
    expect(list.body).toEqual({ items: [], total: 0, nextCursor: null });
    await app.http().delete(`/events/${other.id}/participants/REG-010`).expect(404);
    await app.http().get(path('REG-010')).expect(200);
  });

  it('answers 404 for an unknown participant or event', async () => {
    const missing = await app.http().get(path('NOBODY')).expect(404);
    expect(missing.body.message).toContain('NOBODY');
    await app
      .http()
      .put('/events/no-such-event/participants/REG-1')
      .send(moroccanCommune())
      .expect(404);
  });
});

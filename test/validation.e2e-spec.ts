import { createEvent, frenchCompany, moroccanCommune } from './support/factories.js';
import { databaseSnapshot } from './support/snapshot.js';
import { startTestApp, TestApp } from './support/test-app.js';

describe('Bad input is refused with the field named, and nothing is written', () => {
  let app: TestApp;
  let eventId: string;

  beforeAll(async () => {
    app = await startTestApp();
    eventId = (await createEvent(app)).id;
    await app
      .http()
      .put(`/events/${eventId}/participants/TAKEN`)
      .send(moroccanCommune())
      .expect(201);
  });
  afterAll(() => app.close());

  const longText = 'é'.repeat(4_001);
  const cases: [string, string, Record<string, unknown>, number, string][] = [
    ['a wrong country code', 'OK-1', { country: 'XX' }, 400, 'country'],
    ['a country name instead of a code', 'OK-1', { country: 'Maroc' }, 400, 'country'],
    [
      'an unknown theme',
      'OK-1',
      { themes: ['sustainable-tourism', 'space-travel'] },
      400,
      'themes',
    ],
    ['themes that are not a list', 'OK-1', { themes: 'water' }, 400, 'themes'],
    [
      'an unknown organisation type',
      'OK-1',
      { organisationType: 'ministry' },
      400,
      'organisationType',
    ],
    ['an unknown massif', 'OK-1', { massif: 'himalaya' }, 400, 'massif'],
    ['an unknown language', 'OK-1', { languages: ['fr', 'klingon'] }, 400, 'languages'],
    ['a bad e-mail', 'OK-1', { email: 'fz.aitbenhaddou(at)example.ma' }, 400, 'email'],
    ['oversize offers', 'OK-1', { offers: longText }, 400, 'offers'],
    ['an oversize name', 'OK-1', { fullName: 'A'.repeat(201) }, 400, 'fullName'],
    ['a number for a name', 'OK-1', { fullName: 42 }, 400, 'fullName'],
    ['a string for a consent', 'OK-1', { consentMatching: 'yes' }, 400, 'consentMatching'],
    ['round zero in availability', 'OK-1', { availability: [0, 1] }, 400, 'availability'],
    ['fractional rounds', 'OK-1', { availability: [1.5] }, 400, 'availability'],
    ['a control character', 'OK-1', { description: 'ligne\u0000nulle' }, 400, 'description'],
    ['a missing required field', 'OK-1', { organisation: undefined }, 400, 'organisation'],
    ['an empty required field', 'OK-1', { organisation: '   ' }, 400, 'organisation'],
    ['an unknown field', 'OK-1', { password: 'hunter2' }, 400, 'password'],
    ['a bad externalId', 'bad id!', {}, 400, 'externalId'],
    ['a duplicate e-mail', 'OK-1', { email: 'FZ.AITBENHADDOU@EXAMPLE.MA' }, 409, 'email'],
  ];

  it.each(cases)('refuses %s', async (_label, externalId, change, status, field) => {
    const before = await databaseSnapshot(app.dataSource);
    const response = await app
      .http()
      .put(`/events/${eventId}/participants/${encodeURIComponent(externalId)}`)
      .send(frenchCompany(change))
      .expect(status);
    expect(response.body.statusCode).toBe(status);
    expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    expect(response.body.errors.every((error: { reason: string }) => error.reason.length > 0)).toBe(
      true,
    );
    expect(await databaseSnapshot(app.dataSource)).toBe(before);
  });

  it('lists every failing field at once', async () => {
    const response = await app
      .http()
      .put(`/events/${eventId}/participants/OK-2`)
      .send({ fullName: '', email: 'nope', country: 'France', themes: ['x'] })
      .expect(400);
    const fields = response.body.errors.map((error: { field: string }) => error.field).sort();
    expect(fields).toEqual([
      'country',
      'email',
      'fullName',
      'organisation',
      'organisationType',
      'themes',
    ]);
  });

  it('refuses an unknown event with 404 and writes nothing', async () => {
    const before = await databaseSnapshot(app.dataSource);
    await app.http().put('/events/ghost-event/participants/OK-1').send(frenchCompany()).expect(404);
    expect(await databaseSnapshot(app.dataSource)).toBe(before);
  });

  it('answers malformed JSON with 400 and an oversize body with 413, in the common shape', async () => {
    const malformed = await app
      .http()
      .put(`/events/${eventId}/participants/OK-1`)
      .set('Content-Type', 'application/json')
      .send('{"fullName": "Fatima",')
      .expect(400);
    expect(malformed.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Malformed JSON in request body (expected an object, or an array for imports)',
    });
    for (const notAnObject of ['null', '"Fatima"', '42']) {
      await app
        .http()
        .put(`/events/${eventId}/participants/OK-1`)
        .set('Content-Type', 'application/json')
        .send(notAnObject)
        .expect(400);
    }
    const form = await app
      .http()
      .put(`/events/${eventId}/participants/OK-1`)
      .set('Content-Type', 'application/x-www-form-urlencoded')
      .send('fullName=Fatima')
      .expect(415);
    expect(form.body.message).toContain('application/json');
    const huge = await app
      .http()
      .put(`/events/${eventId}/participants/OK-1`)
      .send(frenchCompany({ description: 'x'.repeat(app.config.bodyLimitBytes + 1) }))
      .expect(413);
    expect(huge.body).toMatchObject({ statusCode: 413, error: 'Payload Too Large' });
  });

  it('refuses bad list filters naming the parameter', async () => {
    const response = await app
      .http()
      .get(`/events/${eventId}/participants?country=Morocco&limit=1000`)
      .expect(400);
    expect(response.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'country',
      'limit',
    ]);
  });
});

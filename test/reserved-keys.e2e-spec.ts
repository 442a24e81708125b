import { createEvent, frenchCompany, moroccanCommune, uniqueSlug } from './support/factories.js';
import { startTestApp, TestApp } from './support/test-app.js';

/**
 * `__proto__`, `constructor` and `prototype` are refused like any other unknown field, at any
 * depth. Bodies are sent as raw JSON: in a JavaScript literal `__proto__` sets the prototype
 * and would never be sent.
 */
describe('Reserved property names in requests', () => {
  let app: TestApp;
  let eventId: string;

  const rawJson = (method: 'post' | 'put', path: string, json: string) =>
    app.http()[method](path).set('Content-Type', 'application/json').send(json);
  const fieldsOf = (body: { errors?: { field: string }[] }) =>
    (body.errors ?? []).map((error) => error.field);

  beforeAll(async () => {
    app = await startTestApp();
    eventId = (await createEvent(app)).id;
  });
  afterAll(() => app.close());

  it.each(['__proto__', 'constructor', 'prototype'])(
    'refuses %s at the top of an event body and nested in its settings, naming it',
    async (key) => {
      const before = await app.dataSource.query('SELECT count(*)::int AS n FROM event');
      const top = await rawJson(
        'post',
        '/events',
        `{"name":"Pirate","slug":"${uniqueSlug()}","${key}":{"isAdmin":true}}`,
      ).expect(400);
      expect(fieldsOf(top.body)).toEqual([key]);
      const nested = await rawJson(
        'post',
        '/events',
        `{"name":"Pirate","slug":"${uniqueSlug()}","settings":{"topK":5,"${key}":{"topK":1}}}`,
      ).expect(400);
      expect(fieldsOf(nested.body)).toEqual([`settings.${key}`]);
      expect(await app.dataSource.query('SELECT count(*)::int AS n FROM event')).toEqual(before);
    },
  );

  it('refuses __proto__ in a participant body and in a list element, naming the path', async () => {
    const participant = JSON.stringify(moroccanCommune()).replace(
      /^\{/,
      '{"__proto__":{"consentMatching":false},',
    );
    const response = await rawJson(
      'put',
      `/events/${eventId}/participants/MA-1`,
      participant,
    ).expect(400);
    expect(fieldsOf(response.body)).toEqual(['__proto__']);
    const schedule = await rawJson(
      'post',
      `/events/${eventId}/schedules`,
      '{"rounds":2,"tables":2,"startAt":"2026-09-15T14:00:00+02:00","roundMinutes":8,' +
        '"breaks":[{"afterRound":1,"minutes":5,"constructor":{"x":1}}]}',
    ).expect(400);
    expect(fieldsOf(schedule.body)).toEqual(['breaks[0].constructor']);
    const stored = await app.dataSource.query('SELECT count(*)::int AS n FROM participant');
    expect(stored).toEqual([{ n: 0 }]);
  });

  it('refuses __proto__ in a query string', async () => {
    const response = await app
      .http()
      .get(`/events/${eventId}/participants?__proto__=1&limit=5`)
      .expect(400);
    expect(fieldsOf(response.body)).toEqual(['__proto__']);
  });

  it('refuses a JSON import whose rows hold __proto__, naming the field and the row', async () => {
    const good = JSON.stringify({ externalId: 'FR-1', ...frenchCompany() });
    const bad = JSON.stringify({ externalId: 'MA-1', ...moroccanCommune() }).replace(
      /^\{/,
      '{"__proto__":{"country":"FR"},',
    );
    const response = await app
      .http()
      .post(`/events/${eventId}/imports`)
      .set('Content-Type', 'application/json')
      .send(`[${good},${bad}]`)
      .expect(400);
    expect(response.body.errors).toEqual([
      { field: '__proto__', reason: expect.stringMatching(/^row 2: /) },
    ]);
    expect(await app.dataSource.query('SELECT count(*)::int AS n FROM participant_import')).toEqual(
      [{ n: 0 }],
    );
  });
});

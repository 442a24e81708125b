import fc from 'fast-check';
import { INLINE_CSV_MAX_BYTES } from '../src/participants/import/import-limits.js';
import { createEvent, frenchCompany, moroccanCommune } from './support/factories.js';
import { waitForJob } from './support/jobs.js';
import { databaseSnapshot } from './support/snapshot.js';
import { startTestApp, TestApp } from './support/test-app.js';

/** Strings people and scripts actually send: control characters, scripts, formulas, huge ones. */
const hostileString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '=HYPERLINK("http://evil.example","clic")',
    '+cmd|" /C calc"!A0',
    '@SUM(1+1)*cmd|" /C calc"!A0',
    '<script>alert(1)</script>',
    "'; DROP TABLE participant; --",
    'ⵜⴰⵎⴰⵣⵉⵖⵜ العربية',
    '\u0000\u0007\u001b[31m',
    '\ud800',
    '%00%2e%2e%2f',
    'a'.repeat(70_000),
  ),
);

/** Any JSON value as the body, even a bare number or `true`, as a raw client may send. */
function sendJson<T extends { set: (name: string, value: string) => T; send: (body: string) => T }>(
  request: T,
  body: unknown,
) {
  return request.set('Content-Type', 'application/json').send(JSON.stringify(body));
}

const deepNesting = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileString,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(hostileString, fc.constantFrom('__proto__', 'constructor')),
      tie('value'),
      {
        maxKeys: 4,
      },
    ),
  ),
})).value;

/** A valid participant with one field replaced by something hostile, or a whole random body. */
const participantBody = fc.oneof(
  fc
    .tuple(fc.constantFrom(...Object.keys(moroccanCommune())), hostileValue, fc.boolean())
    .map(([field, value, french]) => ({
      ...(french ? frenchCompany({ email: 'fuzz@example.fr' }) : moroccanCommune()),
      [field]: value,
    })),
  hostileValue,
);

/**
 * Random and hostile bodies on the endpoints that take input: never a 5xx, and a refusal
 * changes nothing in the database.
 */
describe('Hostile input, at volume', () => {
  let app: TestApp;
  let eventId: string;
  let scheduledEventId: string;

  const expectRefusedOrAccepted = async (
    send: () => Promise<{ status: number; body: unknown }>,
    accepted: number[],
  ) => {
    const before = await databaseSnapshot(app.dataSource);
    const response = await send();
    if (response.status >= 500) {
      throw new Error(`5xx: ${response.status} ${JSON.stringify(response.body)}`);
    }
    if (!accepted.includes(response.status)) {
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.body).toMatchObject({
        statusCode: response.status,
        message: expect.any(String),
      });
      expect(await databaseSnapshot(app.dataSource)).toBe(before);
    }
    return response;
  };

  beforeAll(async () => {
    app = await startTestApp();
    eventId = (await createEvent(app)).id;
    scheduledEventId = (await createEvent(app)).id;
    for (const [id, body] of [
      ['MA-1', moroccanCommune({ availability: null })],
      ['FR-1', frenchCompany({ availability: null })],
    ] as const) {
      await app.http().put(`/events/${scheduledEventId}/participants/${id}`).send(body).expect(201);
    }
    const run = await app.http().post(`/events/${scheduledEventId}/matching/runs`).expect(202);
    await waitForJob(app, run.body.jobId);
  }, 60_000);
  afterAll(() => app.close());

  it('participant upserts never answer 5xx, and refusals write nothing', async () => {
    await fc.assert(
      fc.asyncProperty(participantBody, fc.constantFrom('FUZZ-1', 'FUZZ-2'), async (body, id) => {
        await expectRefusedOrAccepted(
          () => sendJson(app.http().put(`/events/${eventId}/participants/${id}`), body),
          [200, 201],
        );
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('event creation never answers 5xx, and refusals write nothing', async () => {
    const eventBody = fc.oneof(
      hostileValue,
      fc.record(
        {
          name: hostileString,
          slug: hostileString,
          startsOn: hostileString,
          timezone: hostileString,
          settings: hostileValue,
        },
        { requiredKeys: [] },
      ),
    );
    await fc.assert(
      fc.asyncProperty(eventBody, async (body) => {
        await expectRefusedOrAccepted(() => sendJson(app.http().post('/events'), body), [201]);
      }),
      { numRuns: 100 },
    );
  }, 120_000);

  it('schedule requests never answer 5xx, and refusals write nothing', async () => {
    const valid = { rounds: 3, tables: 2, startAt: '2026-05-20T14:00:00+02:00', roundMinutes: 8 };
    const scheduleBody = fc.oneof(
      hostileValue,
      fc
        .tuple(
          fc.constantFrom(
            'rounds',
            'tables',
            'startAt',
            'timeZone',
            'breaks',
            'mustMeet',
            'mustNotMeet',
            'minScore',
            'maxMeetings',
            'lockedFrom',
          ),
          hostileValue,
        )
        .map(([field, value]) => ({ ...valid, [field]: value })),
    );
    await fc.assert(
      fc.asyncProperty(scheduleBody, async (body) => {
        const response = await expectRefusedOrAccepted(
          () => sendJson(app.http().post(`/events/${scheduledEventId}/schedules`), body),
          [202],
        );
        // The solver writes in the background: let it finish before the next comparison.
        if (response.status === 202) {
          await waitForJob(app, (response.body as { jobId: string }).jobId);
        }
      }),
      { numRuns: 100 },
    );
  }, 120_000);

  it('imports of random JSON or bytes never answer 5xx, and refusals write nothing', async () => {
    const csvCell = fc.oneof(hostileString, fc.constantFrom('Maroc', 'France', 'oui', ''));
    const csvRows = fc
      .array(fc.array(csvCell, { minLength: 3, maxLength: 6 }), { maxLength: 5 })
      .map((rows) =>
        [
          "N° d'inscription;Nom complet;Courriel;Structure;Type de structure;Pays",
          ...rows.map((cells) => cells.join(';')),
        ].join('\n'),
      );
    const upload = fc.oneof(
      fc.record({
        kind: fc.constant('json' as const),
        body: fc.array(participantBody, { maxLength: 4 }),
      }),
      fc.record({ kind: fc.constant('json' as const), body: hostileValue }),
      fc.record({
        kind: fc.constant('csv' as const),
        body: fc.oneof(
          csvRows.map((text) => Buffer.from(text, 'utf8')),
          // Invalid UTF-8 (a Latin-1 export), random bytes.
          csvRows.map((text) => Buffer.from(text, 'latin1')),
          fc.uint8Array({ maxLength: 300 }).map((bytes) => Buffer.from(bytes)),
        ),
      }),
    );
    await fc.assert(
      fc.asyncProperty(upload, async (input) => {
        const request = app.http().post(`/events/${eventId}/imports`);
        const response = await expectRefusedOrAccepted(
          () =>
            input.kind === 'csv'
              ? request.set('Content-Type', 'text/csv').send(input.body as Buffer)
              : sendJson(request, input.body),
          [202],
        );
        if (response.status === 202) {
          const { jobId, importId } = response.body as { jobId: string; importId: string };
          const job = await waitForJob(app, jobId);
          const readByTheJob =
            input.kind === 'csv' && (input.body as Buffer).length > INLINE_CSV_MAX_BYTES;
          if (readByTheJob && job.state === 'failed') {
            // A large file is parsed by the job: one it cannot read ends failed, saying why.
            const outcome = await app.http().get(`/events/${eventId}/imports/${importId}`);
            expect(outcome.body).toMatchObject({
              status: 'failed',
              failureReason: expect.stringMatching(/^CSV /),
              errors: [{ externalId: null, field: 'file', reason: outcome.body.failureReason }],
            });
          } else {
            expect(job.state).toBe('completed');
          }
        }
      }),
      { numRuns: 60 },
    );
  }, 180_000);

  it('refuses deeply nested and malformed JSON with 400, not a crash', async () => {
    for (const raw of [deepNesting(100_000), '{"a":', '\u0000', '{"__proto__": {"admin": true}}']) {
      const response = await app
        .http()
        .put(`/events/${eventId}/participants/NEST-1`)
        .set('Content-Type', 'application/json')
        .send(raw);
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
    }
  });
});

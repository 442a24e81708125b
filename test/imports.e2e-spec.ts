import { readFile } from 'node:fs/promises';
import { createEvent, frenchCompany, moroccanCommune } from './support/factories.js';
import { waitForJob } from './support/jobs.js';
import { databaseSnapshot } from './support/snapshot.js';
import { startTestApp, TestApp } from './support/test-app.js';

const SAMPLE_CSV = new URL('./fixtures/participants-rfmm-2026.csv', import.meta.url);

describe('Bulk import', () => {
  let app: TestApp;
  let csv: Buffer;

  beforeAll(async () => {
    app = await startTestApp();
    csv = await readFile(SAMPLE_CSV);
  });
  afterAll(() => app.close());

  async function importCsv(eventId: string, body: Buffer | string) {
    const accepted = await app
      .http()
      .post(`/events/${eventId}/imports`)
      .set('Content-Type', 'text/csv; charset=utf-8')
      .send(body)
      .expect(202);
    const job = await waitForJob(app, accepted.body.jobId);
    const outcome = await app
      .http()
      .get(`/events/${eventId}/imports/${accepted.body.importId}`)
      .expect(200);
    return { accepted: accepted.body, job, outcome: outcome.body };
  }

  it('imports a French CSV export: good rows in, bad rows reported by line and field', async () => {
    const event = await createEvent(app);
    const { accepted, job, outcome } = await importCsv(event.id, csv);

    expect(accepted).toMatchObject({ rows: 12, ignoredColumns: ['Commentaire interne'] });
    expect(job).toMatchObject({
      queue: 'imports',
      name: 'import-participants',
      state: 'completed',
      progress: 100,
    });
    expect(job.result).toEqual({
      importId: accepted.importId,
      status: 'completed',
      counts: { created: 7, updated: 0, unchanged: 0, rejected: 5 },
    });
    expect(outcome).toMatchObject({
      status: 'completed',
      format: 'csv',
      totalRows: 12,
      processedRows: 12,
      counts: { created: 7, updated: 0, unchanged: 0, rejected: 5 },
    });
    const errors = outcome.errors.map(
      (e: { row: number; externalId: string | null; field: string }) => [
        e.row,
        e.externalId,
        e.field,
      ],
    );
    expect(errors).toEqual([
      [9, 'RFMM-007', 'email'],
      [9, 'RFMM-007', 'massif'],
      [10, 'RFMM-008', 'consentEmail'],
      [10, 'RFMM-008', 'availability'],
      [11, null, 'externalId'],
      [13, 'RFMM-002', 'externalId'],
      [14, 'RFMM-010', 'email'],
    ]);
    expect(outcome.errors[5].reason).toBe(
      'externalId also appears on row 4; list each person once',
    );
    expect(outcome.errors[6].reason).toBe(
      'email is already used by participant RFMM-001 in this event',
    );

    const fatima = await app.http().get(`/events/${event.id}/participants/RFMM-001`).expect(200);
    expect(fatima.body).toMatchObject({
      fullName: 'Fatima Zahra Aït Benhaddou',
      organisationType: 'collectivite',
      country: 'MA',
      massif: 'anti-atlas',
      themes: ['sustainable-tourism', 'cultural-heritage'],
      languages: ['fr', 'ar', 'zgh'],
      consentMatching: true,
      consentEmail: true,
      availability: [1, 2, 3, 5],
      description:
        'Commune rurale de montagne sur la route du safran.\nCoopération avec le Pays des Écrins depuis 2006.',
    });
    const youssef = await app.http().get(`/events/${event.id}/participants/RFMM-003`).expect(200);
    expect(youssef.body).toMatchObject({ fullName: 'يوسف الإدريسي', massif: 'haut-atlas' });
    const tifawt = await app.http().get(`/events/${event.id}/participants/RFMM-005`).expect(200);
    expect(tifawt.body.fullName).toBe('ⵜⵉⴼⴰⵡⵜ Amazigh');

    // The rows were only in transit: once applied, the import keeps counts and errors alone.
    const [stored] = await app.dataSource.query(
      'SELECT rows FROM participant_import WHERE id = $1',
      [accepted.importId],
    );
    expect(stored.rows).toBeNull();
  });

  it('re-importing the same file changes nothing', async () => {
    const event = await createEvent(app);
    await importCsv(event.id, csv);
    const participantsBefore = await app.dataSource.query(
      'SELECT external_id, profile_version, updated_at FROM participant WHERE event_id = $1 ORDER BY external_id',
      [event.id],
    );
    const { outcome } = await importCsv(event.id, csv);
    expect(outcome.counts).toEqual({ created: 0, updated: 0, unchanged: 7, rejected: 5 });
    const participantsAfter = await app.dataSource.query(
      'SELECT external_id, profile_version, updated_at FROM participant WHERE event_id = $1 ORDER BY external_id',
      [event.id],
    );
    expect(participantsAfter).toEqual(participantsBefore);
  });

  it('imports a JSON array, updating people already registered', async () => {
    const event = await createEvent(app);
    await app
      .http()
      .put(`/events/${event.id}/participants/MA-1`)
      .send(moroccanCommune())
      .expect(201);
    const accepted = await app
      .http()
      .post(`/events/${event.slug}/imports`)
      .send([
        { externalId: 'MA-1', ...moroccanCommune({ needs: 'Formation de guides' }) },
        { externalId: 'FR-1', ...frenchCompany() },
        {
          externalId: 'FR-2',
          ...frenchCompany({ email: 'other@example.fr', country: 'Frankreich' }),
        },
        'not an object',
      ])
      .expect(202);
    const job = await waitForJob(app, accepted.body.jobId);
    expect(job.state).toBe('completed');
    const outcome = await app
      .http()
      .get(`/events/${event.slug}/imports/${accepted.body.importId}`)
      .expect(200);
    expect(outcome.body.counts).toEqual({ created: 1, updated: 1, unchanged: 0, rejected: 2 });
    expect(outcome.body.errors).toEqual([
      {
        row: 3,
        externalId: 'FR-2',
        field: 'country',
        reason: expect.stringContaining('ISO 3166-1'),
      },
      { row: 4, externalId: null, field: 'externalId', reason: 'externalId is required' },
    ]);
    const updated = await app.http().get(`/events/${event.id}/participants/MA-1`).expect(200);
    expect(updated.body).toMatchObject({ needs: 'Formation de guides', profileVersion: 2 });
  });

  it('accepts the CSV as a multipart upload, as a browser form sends it', async () => {
    const event = await createEvent(app);
    const accepted = await app
      .http()
      .post(`/events/${event.id}/imports`)
      .attach('file', csv, { filename: 'inscriptions.csv', contentType: 'text/csv' })
      .expect(202);
    const job = await waitForJob(app, accepted.body.jobId);
    expect((job.result as { counts: unknown }).counts).toEqual({
      created: 7,
      updated: 0,
      unchanged: 0,
      rejected: 5,
    });
  });

  // JSON bodies go as strings: superagent would serialise a Buffer as {"type":"Buffer",…}.
  it.each<[string, string, Buffer | string, number, RegExp]>([
    [
      'malformed CSV',
      'text/csv',
      Buffer.from('N° d\'inscription;Courriel\nA-1;"a@example.fr\nA-2;b@example.fr\n'),
      400,
      /CSV line/,
    ],
    [
      'CSV without an id column',
      'text/csv',
      Buffer.from('Courriel;Pays\na@example.fr;FR\n'),
      400,
      /externalId/,
    ],
    [
      'CSV that is not UTF-8',
      'text/csv',
      Buffer.from('Identifiant;Nom\nA-1;Fran\xe7ois\n', 'latin1'),
      400,
      /UTF-8/,
    ],
    ['a JSON object instead of an array', 'application/json', '{"externalId":"A-1"}', 400, /array/],
    ['malformed JSON', 'application/json', '[{"externalId":', 400, /Malformed JSON/],
    ['an empty array', 'application/json', '[]', 400, /no participant rows/],
    ['an XML body', 'application/xml', Buffer.from('<participants/>'), 415, /JSON array/],
  ])(
    'refuses %s with %s and creates no import',
    async (_label, contentType, body, status, message) => {
      const event = await createEvent(app);
      const before = await databaseSnapshot(app.dataSource);
      const response = await app
        .http()
        .post(`/events/${event.id}/imports`)
        .set('Content-Type', contentType)
        .send(body)
        .expect(status);
      expect(response.body.message).toMatch(message);
      expect(await databaseSnapshot(app.dataSource)).toBe(before);
    },
  );

  it('refuses an import larger than the limit with 413', async () => {
    const event = await createEvent(app);
    const huge = Buffer.alloc(app.config.importLimitBytes + 1, 'a');
    const response = await app
      .http()
      .post(`/events/${event.id}/imports`)
      .set('Content-Type', 'text/csv')
      .send(huge)
      .expect(413);
    expect(response.body).toMatchObject({ statusCode: 413, error: 'Payload Too Large' });
  });

  it('answers 404 for an unknown event, an unknown import, or another event’s import', async () => {
    const event = await createEvent(app);
    const other = await createEvent(app);
    const { accepted } = await importCsv(event.id, csv);
    await app
      .http()
      .post('/events/ghost/imports')
      .send([{ externalId: 'A' }])
      .expect(404);
    await app
      .http()
      .get(`/events/${event.id}/imports/00000000-0000-4000-8000-000000000000`)
      .expect(404);
    await app.http().get(`/events/${event.id}/imports/not-a-uuid`).expect(404);
    await app.http().get(`/events/${other.id}/imports/${accepted.importId}`).expect(404);
  });
});

import { INLINE_CSV_MAX_BYTES } from '../src/participants/import/import-limits.js';
import { createEvent } from './support/factories.js';
import { waitForJob } from './support/jobs.js';
import { startTestApp, TestApp } from './support/test-app.js';

const HEADER =
  "N° d'inscription;Prénom;Nom;Courriel;Structure;Type de structure;Pays;Langues parlées;Présentation;Consentement mise en relation;Commentaire interne";

/** A registration export of `count` people, well over the size the API reads in the request. */
function largeCsv(count: number, header = HEADER): Buffer {
  const lines = [header];
  for (let i = 1; i <= count; i++) {
    const country = i % 2 ? 'France' : 'Maroc';
    lines.push(
      `BIG-${i};Prénom${i};Nom${i};big${i}@example.org;Structure ${i};Entreprise;${country};Français;` +
        `Entreprise de montagne numéro ${i}, guides, refuges et sentiers d'altitude;oui;interne`,
    );
  }
  return Buffer.from(lines.join('\n'), 'utf8');
}

/** Large CSV files are read by the import job, not by the API in the request. */
describe('Bulk import of a large CSV file', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const post = (eventId: string, body: Buffer) =>
    app
      .http()
      .post(`/events/${eventId}/imports`)
      .set('Content-Type', 'text/csv; charset=utf-8')
      .send(body)
      .expect(202);
  const jobState = async (jobId: string) =>
    ((await app.http().get(`/jobs/${jobId}`).expect(200)).body as { state: string }).state;

  it('answers at once, keeps /health answering while the job reads and applies it', async () => {
    const event = await createEvent(app);
    const csv = largeCsv(600);
    expect(csv.length).toBeGreaterThan(INLINE_CSV_MAX_BYTES);
    const accepted = await post(event.id, csv);
    // Not read in the request: the job counts the rows.
    expect(accepted.body).toMatchObject({ rows: null, ignoredColumns: null });
    const { jobId, importId } = accepted.body as { jobId: string; importId: string };

    const deadline = Date.now() + 30_000;
    while ((await jobState(jobId)) !== 'active') {
      if (Date.now() > deadline) throw new Error(`Job ${jobId} never became active`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const health = await app.http().get('/health');
    expect(health.status).toBe(200);
    expect(health.body.status).toBe('ok');
    // The answer came while the import was still at work, not after it.
    expect(await jobState(jobId)).toBe('active');

    const job = await waitForJob(app, jobId, 120_000);
    expect(job.state).toBe('completed');
    const outcome = await app.http().get(`/events/${event.id}/imports/${importId}`).expect(200);
    expect(outcome.body).toMatchObject({
      status: 'completed',
      format: 'csv',
      totalRows: 600,
      processedRows: 600,
      counts: { created: 600, updated: 0, unchanged: 0, rejected: 0 },
      ignoredColumns: ['Commentaire interne'],
      errors: [],
    });
    const [stored] = await app.dataSource.query(
      'SELECT upload IS NULL AS "uploadGone", rows IS NULL AS "rowsGone" FROM participant_import WHERE id = $1',
      [importId],
    );
    expect(stored).toEqual({ uploadGone: true, rowsGone: true });
  }, 150_000);

  it('ends a large file with a bad header as failed, saying why, and writes no participant', async () => {
    const event = await createEvent(app);
    const csv = largeCsv(600, HEADER.replace("N° d'inscription;", 'Numéro de dossard;'));
    expect(csv.length).toBeGreaterThan(INLINE_CSV_MAX_BYTES);
    const accepted = await post(event.id, csv);
    const job = await waitForJob(app, accepted.body.jobId);
    expect(job.state).toBe('failed');
    expect(job.failedReason).toMatch(/no column for externalId/);
    const outcome = await app
      .http()
      .get(`/events/${event.id}/imports/${accepted.body.importId}`)
      .expect(200);
    expect(outcome.body).toMatchObject({
      status: 'failed',
      failureReason: expect.stringMatching(/CSV header has no column for externalId/),
      counts: { created: 0, updated: 0, unchanged: 0, rejected: 0 },
      errors: [
        {
          row: 1,
          externalId: null,
          field: 'file',
          reason: expect.stringMatching(/no column for externalId/),
        },
      ],
    });
    const [{ count }] = await app.dataSource.query(
      'SELECT count(*)::int AS count FROM participant WHERE event_id = $1',
      [event.id],
    );
    expect(count).toBe(0);
  });

  it('refuses a large file that is not UTF-8 at once, creating no import', async () => {
    const event = await createEvent(app);
    const latin1 = Buffer.from(largeCsv(600).toString('utf8'), 'latin1');
    const response = await app
      .http()
      .post(`/events/${event.id}/imports`)
      .set('Content-Type', 'text/csv')
      .send(latin1)
      .expect(400);
    expect(response.body.message).toMatch(/UTF-8/);
    const [{ count }] = await app.dataSource.query(
      'SELECT count(*)::int AS count FROM participant_import WHERE event_id = $1',
      [event.id],
    );
    expect(count).toBe(0);
  });

  it('names the line of a broken quote in a large file', async () => {
    const event = await createEvent(app);
    const broken = Buffer.concat([largeCsv(600), Buffer.from('\nBIG-X;"unclosed;x;x@example.org')]);
    const accepted = await post(event.id, broken);
    expect((await waitForJob(app, accepted.body.jobId)).state).toBe('failed');
    const outcome = await app
      .http()
      .get(`/events/${event.id}/imports/${accepted.body.importId}`)
      .expect(200);
    expect(outcome.body.status).toBe('failed');
    expect(outcome.body.errors).toEqual([
      { row: 602, externalId: null, field: 'file', reason: expect.stringMatching(/^CSV line 602/) },
    ]);
  });
});

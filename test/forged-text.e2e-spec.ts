import { parse } from 'csv-parse/sync';
import { frenchCompany, moroccanCommune, uniqueSlug } from './support/factories.js';
import { waitForJob } from './support/jobs.js';
import { databaseSnapshot } from './support/snapshot.js';
import { startTestApp, TestApp } from './support/test-app.js';

const SINGLE_LINE = 'must be a single line (no line breaks)';
const controlFound = (code: string) => `must not contain control characters (found ${code})`;
const bidiFound = (code: string) =>
  `must not contain bidirectional override characters (found ${code})`;

/** Values that would forge a line of an e-mail, a row of a spreadsheet or the reading order. */
const FORGED: [string, string, string][] = [
  ['organisation', 'x\n=cmd|calc!A1', `organisation ${SINGLE_LINE}`],
  ['fullName', 'Anne\r\nBcc: everyone@example.org', `fullName ${SINGLE_LINE}`],
  ['fullName', 'Anne\rDupont', `fullName ${SINGLE_LINE}`],
  ['sector', 'tourisme\trural', `sector ${controlFound('U+0009')}`],
  ['region', 'Souss\u2028Massa', `region ${controlFound('U+2028')}`],
  ['organisation', 'Commune\u0085de Taliouine', `organisation ${controlFound('U+0085')}`],
  ['fullName', 'Anne \u202Egpj.exe', `fullName ${bidiFound('U+202E')}`],
  ['organisation', '\u2066Mairie\u2069', `organisation ${bidiFound('U+2066')}`],
  ['email', '"anne\r\nBcc: x@example.org"@example.fr', `email ${SINGLE_LINE}`],
  ['email', '"anne\u0007"@example.fr', `email ${controlFound('U+0007')}`],
  ['offers', 'Gîtes\u202E chez l’habitant', `offers ${bidiFound('U+202E')}`],
  ['needs', 'Partenaires\u001B[31m', `needs ${controlFound('U+001B')}`],
  ['description', 'Ligne 1\u2029Ligne 2', `description ${controlFound('U+2029')}`],
];

/** Where a spreadsheet ends a row: CRLF, LF or CR outside quotes. */
const readAsSpreadsheet = (csv: Buffer): string[][] =>
  parse(csv, { bom: true, delimiter: ';', record_delimiter: ['\r\n', '\n', '\r'] });

describe('Text that would forge lines, rows or reading order', () => {
  let app: TestApp;
  let eventId: string;
  let frontEndKey: string;
  const frontEnd = () => app.as(frontEndKey);

  beforeAll(async () => {
    app = await startTestApp();
    const created = await app
      .http()
      .post('/events')
      .send({ name: 'Rencontres', slug: uniqueSlug() })
      .expect(201);
    eventId = created.body.id;
    frontEndKey = created.body.keys.frontend;
  });
  afterAll(() => app.close());

  it.each(FORGED)(
    'refuses a registration whose %s is %j, naming the field',
    async (field, value, reason) => {
      const before = await databaseSnapshot(app.dataSource);
      const response = await frontEnd()
        .put(`/events/${eventId}/participants/FORGED-1`)
        .send(frenchCompany({ [field]: value }))
        .expect(400);
      expect(response.body.errors).toEqual([{ field, reason }]);
      expect(await databaseSnapshot(app.dataSource)).toBe(before);
    },
  );

  it('keeps line breaks and tabs in multi-line fields', async () => {
    const offers = 'Ingénierie :\n\t- cartographie des aléas\r\n\t- formation';
    const response = await frontEnd()
      .put(`/events/${eventId}/participants/MULTI-1`)
      .send(frenchCompany({ email: 'multi@example.fr', offers }))
      .expect(201);
    expect(response.body.offers).toBe(offers);
    await app.http().delete(`/events/${eventId}/participants/MULTI-1`).expect(204);
  });

  it('gives import rows, JSON or CSV, the reason a registration gets', async () => {
    const outcomeOf = async (accepted: { body: { jobId: string; importId: string } }) => {
      expect((await waitForJob(app, accepted.body.jobId)).state).toBe('completed');
      const outcome = await app
        .http()
        .get(`/events/${eventId}/imports/${accepted.body.importId}`)
        .expect(200);
      return outcome.body as {
        counts: { created: number; rejected: number };
        errors: { row: number; externalId: string; field: string; reason: string }[];
      };
    };

    const json = await outcomeOf(
      await app
        .http()
        .post(`/events/${eventId}/imports`)
        .send(
          FORGED.map(([field, value], i) => ({
            externalId: `JSON-${i + 1}`,
            ...frenchCompany({ email: `json${i + 1}@example.fr`, [field]: value }),
          })),
        )
        .expect(202),
    );
    expect(json.counts).toMatchObject({ created: 0, rejected: FORGED.length });
    expect(json.errors).toEqual(
      FORGED.map(([field, , reason], i) => ({
        row: i + 1,
        externalId: `JSON-${i + 1}`,
        field,
        reason,
      })),
    );

    const csv = await outcomeOf(
      await app
        .http()
        .post(`/events/${eventId}/imports`)
        .set('Content-Type', 'text/csv; charset=utf-8')
        .send(
          'id;Nom complet;Adresse e-mail;Organisation;Type de structure;Pays\r\n' +
            'CSV-1;Anne Dupont;anne@example.fr;"Mairie\n=cmd|calc!A1";Commune;France\r\n' +
            'CSV-2;"Omar\u202Eyrdisi";omar@example.ma;Commune de Taliouine;Commune;Maroc\r\n',
        )
        .expect(202),
    );
    expect(csv.counts).toMatchObject({ created: 0, rejected: 2 });
    expect(csv.errors).toEqual([
      { row: 2, externalId: 'CSV-1', field: 'organisation', reason: `organisation ${SINGLE_LINE}` },
      { row: 4, externalId: 'CSV-2', field: 'fullName', reason: `fullName ${bidiFound('U+202E')}` },
    ]);
  });

  it('refuses a line break in an externalId, in the path and in an import row', async () => {
    const forged = 'X-1\n=cmd|calc!A1';
    const put = await frontEnd()
      .put(`/events/${eventId}/participants/${encodeURIComponent(forged)}`)
      .send(frenchCompany())
      .expect(400);
    expect(put.body.errors).toEqual([
      {
        field: 'externalId',
        reason: expect.stringMatching(/^externalId must be 1-128 characters/),
      },
    ]);
    const accepted = await app
      .http()
      .post(`/events/${eventId}/imports`)
      .send([{ externalId: forged, ...frenchCompany({ email: 'x1@example.fr' }) }])
      .expect(202);
    expect((await waitForJob(app, accepted.body.jobId)).state).toBe('completed');
    const outcome = await app
      .http()
      .get(`/events/${eventId}/imports/${accepted.body.importId}`)
      .expect(200);
    expect(outcome.body.errors).toEqual([
      {
        row: 1,
        externalId: forged,
        field: 'externalId',
        reason: put.body.errors[0].reason,
      },
    ]);
  });

  it.each([
    [{ name: 'Rencontres\r\nBcc: everyone@example.org' }, 'name', `name ${SINGLE_LINE}`],
    [
      { name: 'Rencontres', settings: { organiserName: 'Équipe\u202E des Rencontres' } },
      'settings.organiserName',
      `organiserName ${bidiFound('U+202E')}`,
    ],
    [
      { name: 'Rencontres', settings: { organiserEmail: '"equipe\r\n"@example.org' } },
      'settings.organiserEmail',
      `organiserEmail ${SINGLE_LINE}`,
    ],
  ])('refuses an event whose text would forge an e-mail line: %j', async (body, field, reason) => {
    const response = await app
      .http()
      .post('/events')
      .send({ slug: uniqueSlug(), ...body })
      .expect(400);
    expect(response.body.errors).toEqual([{ field, reason }]);
  });

  it('writes a room CSV in which no cell, nor any line inside one, is a live formula', async () => {
    // What the front-end key can still plant: single-line text that looks like a formula.
    const planted = {
      'FR-1': frenchCompany({
        email: 'fr1@example.fr',
        fullName: '=HYPERLINK("http://evil.example","clic")',
        organisation: '@SUM(1+1)*cmd|" /C calc"!A0',
      }),
      'FR-2': frenchCompany({ email: 'fr2@example.fr', fullName: '-2+3+cmd|" /C calc"!A0' }),
      'MA-1': moroccanCommune({
        email: 'ma1@example.ma',
        organisation: '+cmd|" /C calc"!A0',
        availability: null,
      }),
      'MA-2': moroccanCommune({
        email: 'ma2@example.ma',
        fullName: '＝1+1', // a full-width "=", which some spreadsheets fold
        availability: null,
      }),
    };
    for (const [externalId, body] of Object.entries(planted)) {
      await frontEnd().put(`/events/${eventId}/participants/${externalId}`).send(body).expect(201);
    }
    const run = await app.http().post(`/events/${eventId}/matching/runs`).expect(202);
    expect((await waitForJob(app, run.body.jobId, 60_000)).state).toBe('completed');
    const accepted = await app
      .http()
      .post(`/events/${eventId}/schedules`)
      .send({
        rounds: 2,
        tables: 2,
        startAt: '2026-09-15T23:50:00+02:00', // the second round starts after midnight
        roundMinutes: 8,
        breakMinutes: 2,
      })
      .expect(202);
    expect((await waitForJob(app, accepted.body.jobId, 60_000)).state).toBe('completed');
    const schedule = await app
      .http()
      .get(`/events/${eventId}/schedules/${accepted.body.scheduleId}`)
      .expect(200);
    expect(schedule.body.stats.meetings).toBe(4);

    // A line break the input now refuses may still sit in rows stored before the check.
    await app.dataSource.query(
      `UPDATE participant SET organisation = $1 WHERE event_id = $2 AND external_id = 'FR-2'`,
      ['x\n=cmd|calc!A1', eventId],
    );
    await app.dataSource.query(
      `UPDATE participant SET full_name = $1 WHERE event_id = $2 AND external_id = 'MA-1'`,
      ['Fatima\r@SUM(1)\r\n+2', eventId],
    );

    const response = await app
      .http()
      .get(`/events/${eventId}/schedules/${accepted.body.scheduleId}.csv`)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const records = readAsSpreadsheet(response.body as Buffer);

    expect(records).toHaveLength(1 + 4);
    for (const record of records) {
      expect(record).toHaveLength(15);
      for (const cell of record) {
        for (const line of cell.split(/\r\n|\r|\n/)) {
          expect(line).not.toMatch(/^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/);
        }
      }
    }
    // Columns: … 5 id A, 6 name A, 7 organisation A, … 9 id B, 10 name B, 11 organisation B.
    const partyCells = (externalId: string) =>
      records.flatMap((record) =>
        [5, 9]
          .filter((column) => record[column] === externalId)
          .map((column) => ({ name: record[column + 1], organisation: record[column + 2] })),
      );
    expect(partyCells('FR-1')).toEqual(
      Array(2).fill({
        name: `'=HYPERLINK("http://evil.example","clic")`,
        organisation: `'@SUM(1+1)*cmd|" /C calc"!A0`,
      }),
    );
    expect(partyCells('FR-2')).toEqual(
      Array(2).fill({ name: `'-2+3+cmd|" /C calc"!A0`, organisation: "x\n'=cmd|calc!A1" }),
    );
    expect(partyCells('MA-1')).toEqual(
      Array(2).fill({ name: "Fatima\r'@SUM(1)\r\n'+2", organisation: `'+cmd|" /C calc"!A0` }),
    );
    expect(partyCells('MA-2').map((cells) => cells.name)).toEqual(["'＝1+1", "'＝1+1"]);
    expect(records.slice(1).map((record) => record[0])).toEqual([
      '2026-09-15',
      '2026-09-15',
      '2026-09-16',
      '2026-09-16',
    ]);
  }, 120_000);
});

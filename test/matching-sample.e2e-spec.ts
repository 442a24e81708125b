import { createEvent, importSampleEvent } from './support/factories.js';
import { waitForJob } from './support/jobs.js';
import { startTestApp, TestApp } from './support/test-app.js';

/** The README's "try it": the committed 200-participant sample, imported, matched, read. */
describe('Matching the sample event', () => {
  let app: TestApp;
  let eventId: string;

  const runMatching = async () => {
    const accepted = await app.http().post(`/events/${eventId}/matching/runs`).expect(202);
    const job = await waitForJob(app, accepted.body.jobId, 60_000);
    expect(job.state).toBe('completed');
    return accepted.body.runId as string;
  };
  const storedLists = (runId: string) =>
    app.dataSource.query(
      `SELECT participant_id, entries FROM match_list WHERE run_id = $1 ORDER BY participant_id`,
      [runId],
    );

  beforeAll(async () => {
    app = await startTestApp();
    eventId = (await createEvent(app, { settings: { topK: 20 } })).id;
    const accepted = await importSampleEvent(app, eventId);
    const outcome = await app.http().get(`/events/${eventId}/imports/${accepted.importId}`);
    expect(outcome.body.counts).toEqual({ created: 200, updated: 0, unchanged: 0, rejected: 0 });
  }, 60_000);
  afterAll(() => app.close());

  it('gives every consenting participant up to k partners from the other country, never a refuser', async () => {
    const runId = await runMatching();
    const [summary] = await app.dataSource.query(
      `SELECT count(DISTINCT l.participant_id)::int AS lists,
              max(l.length)::int AS longest,
              count(*) FILTER (WHERE owner.country = partner.country)::int AS same_country,
              count(*) FILTER (WHERE NOT partner.consent_matching OR NOT owner.consent_matching)::int AS refusers
         FROM match_list l
         CROSS JOIN LATERAL unnest(l.partner_ids) AS partner_id
         JOIN participant owner ON owner.id = l.participant_id
         JOIN participant partner ON partner.id = partner_id
        WHERE l.run_id = $1`,
      [runId],
    );
    const [{ consenting }] = await app.dataSource.query(
      'SELECT count(*)::int AS consenting FROM participant WHERE event_id = $1 AND consent_matching',
      [eventId],
    );
    expect(summary).toEqual({ lists: consenting, longest: 20, same_country: 0, refusers: 0 });

    const [{ externalId }] = await app.dataSource.query(
      `SELECT external_id AS "externalId" FROM participant
        WHERE event_id = $1 AND consent_matching ORDER BY external_id LIMIT 1`,
      [eventId],
    );
    const list = await app
      .http()
      .get(`/events/${eventId}/participants/${externalId}/matches`)
      .expect(200);
    expect(list.body).toHaveLength(10);
    for (const match of list.body) {
      expect(match.reasons.length).toBeGreaterThanOrEqual(1);
      expect(match.reasons.length).toBeLessThanOrEqual(4);
      expect(match.reasons[0].text.length).toBeGreaterThan(10);
    }
  });

  it('gives the same lists on a second run over the same registrations', async () => {
    const [{ current }] = await app.dataSource.query(
      'SELECT current_matching_run_id AS current FROM event WHERE id = $1',
      [eventId],
    );
    const before = await storedLists(current);
    const again = await runMatching();
    expect(again).not.toBe(current);
    expect(await storedLists(again)).toEqual(before.map((row: object) => ({ ...row })));
    const [{ superseded }] = await app.dataSource.query(
      'SELECT count(*)::int AS superseded FROM match_list WHERE run_id = $1',
      [current],
    );
    expect(superseded).toBe(0);
  });

  it('fills the first page from the rest of the list when partners on it have left', async () => {
    const [{ externalId }] = await app.dataSource.query(
      `SELECT p.external_id AS "externalId" FROM match_list l
         JOIN participant p ON p.id = l.participant_id
         JOIN event e ON e.current_matching_run_id = l.run_id
        WHERE e.id = $1 AND l.length = 20 ORDER BY p.external_id LIMIT 1`,
      [eventId],
    );
    const path = `/events/${eventId}/participants/${externalId}/matches`;
    const whole = (await app.http().get(`${path}?limit=20`).expect(200)).body as {
      partner: { externalId: string };
    }[];
    expect(whole).toHaveLength(20);
    // The first page's partners have withdrawn, and the background refill has not run yet
    // (set in the database directly, so no update job races the read).
    await app.dataSource.query(
      'UPDATE participant SET consent_matching = false WHERE event_id = $1 AND external_id = ANY($2)',
      [eventId, whole.slice(0, 10).map((match) => match.partner.externalId)],
    );
    const page = (await app.http().get(path).expect(200)).body as {
      partner: { externalId: string };
      rank: number;
      score: number;
    }[];
    expect(page.map((match) => match.partner.externalId)).toEqual(
      whole.slice(10, 20).map((match) => match.partner.externalId),
    );
    expect(page.map((match) => match.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const scores = page.map((match) => match.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

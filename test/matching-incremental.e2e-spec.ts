import { QueuesService } from '../src/jobs/queues.service.js';
import { QueueName } from '../src/jobs/queue-names.js';
import { matchesFor } from '../src/matching/engine/compute-matches.js';
import { buildMatchIndex, FittedTextModel } from '../src/matching/engine/match-index.js';
import { analyseProfile } from '../src/matching/engine/profile-analysis.js';
import type { StoredMatch } from '../src/matching/match-list.entity.js';
import { toStored } from '../src/matching/match-lists-writer.js';
import { loadMatchProfiles } from '../src/matching/matching-profiles.js';
import { ParticipantEntity } from '../src/participants/participant.entity.js';
import { createEvent, importSampleEvent } from './support/factories.js';
import { waitForJob } from './support/jobs.js';
import { startTestApp, TestApp } from './support/test-app.js';

/**
 * Registrations, profile changes, withdrawals and erasures after a full run, handled by two
 * worker processes (two instances of the service on one database and one queue): once the
 * updates are done, every stored list must be exactly the list a new ranking of everyone gives
 * with the run's text model — same partners, order, scores and reasons.
 */
describe('Incremental updates across two workers', () => {
  let first: TestApp;
  let second: TestApp;
  let eventId: string;
  let runId: string;
  let rows: ParticipantEntity[];

  const either = (step: number) => (step % 2 === 0 ? first : second);
  const bodyOf = (row: ParticipantEntity) =>
    Object.fromEntries(
      Object.entries({
        fullName: row.fullName,
        email: row.email,
        organisation: row.organisation,
        organisationType: row.organisationType,
        sector: row.sector,
        country: row.country,
        region: row.region,
        massif: row.massif,
        themes: row.themes,
        languages: row.languages,
        offers: row.offers,
        needs: row.needs,
        description: row.description,
        consentMatching: true,
      }).filter(([, value]) => value !== null),
    );

  /** Until no job of the matching queue is waiting or running (both services share it). */
  const updatesDone = async () => {
    const matching = first.app.get(QueuesService).queue(QueueName.Matching);
    const deadline = Date.now() + 60_000;
    for (;;) {
      const counts = await matching.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      if (Object.values(counts).every((count) => count === 0)) return;
      if (Date.now() > deadline)
        throw new Error(`Updates still pending: ${JSON.stringify(counts)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  beforeAll(async () => {
    first = await startTestApp();
    second = await startTestApp({
      databaseUrl: first.config.databaseUrl,
      queuePrefix: first.config.queuePrefix,
    });
    // Short lists: they fill, so newcomers push others out and leavers make lists rank again.
    eventId = (await createEvent(first, { settings: { topK: 8 } })).id;
    await importSampleEvent(first, eventId);
    const run = await first.http().post(`/events/${eventId}/matching/runs`).expect(202);
    expect((await waitForJob(first, run.body.jobId, 60_000)).state).toBe('completed');
    runId = run.body.runId;
    rows = await first.dataSource.getRepository(ParticipantEntity).find({
      where: { eventId, consentMatching: true },
      order: { externalId: 'ASC' },
    });
  }, 120_000);
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  it('leaves every list as a new ranking with the run’s model would make it', async () => {
    let step = 0;
    const put = (externalId: string, body: Record<string, unknown>) =>
      either(step++)
        .http()
        .put(`/events/${eventId}/participants/${externalId}`)
        .send(body)
        .expect((response) => expect([200, 201]).toContain(response.status));

    // Newcomers who copy the offers and needs of someone from the other side: strong partners.
    for (const [i, row] of rows.slice(0, 12).entries()) {
      await put(`NEW-${i}`, {
        ...bodyOf(rows[rows.length - 1 - i]),
        email: `new-${i}@example.org`,
        country: row.country === 'FR' ? 'MA' : 'FR',
        region: null,
        offers: row.needs ?? 'Formation des guides de montagne',
        needs: row.offers ?? 'Gestion des inondations',
      });
    }
    // Profiles that change: new offers and needs, taken from others.
    for (const [i, row] of rows.slice(20, 30).entries()) {
      await put(row.externalId, {
        ...bodyOf(row),
        offers: rows[40 + i].offers ?? 'Cartographie des aléas',
        needs: rows[60 + i].needs ?? 'Irrigation goutte à goutte',
      });
    }
    // People who withdraw their consent, and people erased.
    for (const row of rows.slice(80, 84))
      await put(row.externalId, { ...bodyOf(row), consentMatching: false });
    for (const row of rows.slice(90, 94))
      await either(step++)
        .http()
        .delete(`/events/${eventId}/participants/${row.externalId}`)
        .expect(204);
    await updatesDone();

    const [{ text_model: model }]: { text_model: FittedTextModel }[] = await first.dataSource.query(
      'SELECT text_model FROM matching_run WHERE id = $1',
      [runId],
    );
    const profiles = await loadMatchProfiles(first.dataSource.manager, eventId);
    const index = buildMatchIndex(profiles, analyseProfile, model);
    const expected = matchesFor(
      index,
      profiles.map((profile) => profile.id),
      { weights: (await settingsOf()).weights, crossCountryOnly: true, topK: 8 },
    );
    const stored: { participant_id: string; entries: StoredMatch[] }[] =
      await first.dataSource.query(
        'SELECT participant_id, entries FROM match_list WHERE run_id = $1',
        [runId],
      );
    const actual = new Map(stored.map((row) => [row.participant_id, row.entries]));
    expect(profiles.length).toBe(rows.length + 12 - 4 - 4);
    for (const profile of profiles) {
      const wanted = (expected.get(profile.id) ?? []).map(toStored);
      expect({ id: profile.id, list: actual.get(profile.id) ?? [] }).toEqual({
        id: profile.id,
        list: wanted,
      });
    }
    // What reads and updates rely on besides the entries agrees with them in every row.
    const [{ inconsistent }] = await first.dataSource.query(
      `SELECT count(*)::int AS inconsistent FROM match_list l
        WHERE run_id = $1 AND (
              l.head <> (SELECT jsonb_agg(e ORDER BY i) FROM jsonb_array_elements(l.entries) WITH ORDINALITY x(e, i) WHERE i <= 10)
           OR l.partner_ids <> ARRAY(SELECT (e->>'partnerId')::uuid FROM jsonb_array_elements(l.entries) e)
           OR l.length <> jsonb_array_length(l.entries)
           OR l.lowest_score <> (l.entries->-1->>'score')::float8)`,
      [runId],
    );
    expect(inconsistent).toBe(0);
    // Nobody else has a list: not those who withdrew, nor the erased.
    expect(actual.size).toBe(profiles.filter((p) => expected.get(p.id)!.length > 0).length);
    const [{ runs }] = await first.dataSource.query(
      'SELECT count(*)::int AS runs FROM matching_run WHERE event_id = $1',
      [eventId],
    );
    expect(runs).toBe(1);
  }, 120_000);

  async function settingsOf() {
    const [{ settings }] = await first.dataSource.query(
      'SELECT settings FROM matching_run WHERE id = $1',
      [runId],
    );
    return settings;
  }
});

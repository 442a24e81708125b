import { createEvent, frenchCompany, moroccanCommune } from './support/factories.js';
import { waitForJob } from './support/jobs.js';
import { startTestApp, TestApp } from './support/test-app.js';

interface MatchView {
  partner: { externalId: string; country: string };
  score: number;
  rank: number;
  needsInterpreter: boolean;
  reasons: { kind: string; share: number; text: string }[];
}

describe('Matching through the API', () => {
  let app: TestApp;
  let eventId: string;
  const matchesOf = async (externalId: string, query = '') =>
    (
      await app
        .http()
        .get(`/events/${eventId}/participants/${externalId}/matches${query}`)
        .expect(200)
    ).body as MatchView[];
  const put = (externalId: string, body: object, status: number) =>
    app.http().put(`/events/${eventId}/participants/${externalId}`).send(body).expect(status);

  /** Polls a participant's list until `done` holds: incremental updates run in the background. */
  async function eventually(
    externalId: string,
    done: (list: MatchView[]) => boolean,
  ): Promise<MatchView[]> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const list = await matchesOf(externalId, '?limit=50');
      if (done(list)) return list;
      if (Date.now() > deadline)
        throw new Error(`List of ${externalId} never settled: ${JSON.stringify(list)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  beforeAll(async () => {
    app = await startTestApp();
    eventId = (await createEvent(app)).id;
    await put(
      'MA-TALIOUINE',
      moroccanCommune({ needs: 'Gestion des inondations dans la vallée du safran' }),
      201,
    );
    await put('FR-RISQUES', frenchCompany(), 201);
    await put(
      'FR-ECRINS',
      frenchCompany({
        email: 'contact@ecrins.example.fr',
        fullName: 'Claire Dubois',
        organisation: 'Parc national des Écrins',
        organisationType: 'collectivite',
        region: "Provence-Alpes-Côte d'Azur",
        themes: ['sustainable-tourism', 'biodiversity'],
        offers: 'Gestion de la fréquentation touristique des sites naturels',
        needs: 'Échanges avec des aires protégées du Maroc',
      }),
      201,
    );
    await put(
      'MA-TOUBKAL',
      moroccanCommune({
        email: 'guides@imlil.example.ma',
        fullName: 'Youssef Aït Ali',
        organisation: "Bureau des guides d'Imlil",
        organisationType: 'association',
        massif: 'haut-atlas',
        region: 'Marrakech-Safi',
        languages: ['ar', 'zgh'],
        offers: 'Accueil de stagiaires guides',
        needs: 'Formation de guides de montagne',
      }),
      201,
    );
  });
  afterAll(() => app.close());

  it('says plainly that matching has not run yet', async () => {
    const response = await app
      .http()
      .get(`/events/${eventId}/participants/MA-TALIOUINE/matches`)
      .expect(409);
    expect(response.body.message).toContain('Matching has not run');
  });

  it('runs in the background and serves ranked, explained, cross-country suggestions', async () => {
    const accepted = await app.http().post(`/events/${eventId}/matching/runs`).expect(202);
    expect(accepted.body).toEqual({
      jobId: `matching-run-${accepted.body.runId}`,
      runId: expect.any(String),
    });
    const job = await waitForJob(app, accepted.body.jobId);
    expect(job).toMatchObject({ state: 'completed', progress: 100 });
    expect(job.result).toEqual({ runId: accepted.body.runId, participants: 4, lists: 4 });
    const run = await app
      .http()
      .get(`/events/${eventId}/matching/runs/${accepted.body.runId}`)
      .expect(200);
    // Two French and two Moroccan participants: one shard of each side (a two-sided run).
    expect(run.body).toMatchObject({
      status: 'completed',
      participantCount: 4,
      shardCount: 2,
      shardsDone: 2,
    });

    const list = await matchesOf('MA-TALIOUINE');
    expect(list.map((match) => match.partner.externalId)).toEqual(['FR-RISQUES', 'FR-ECRINS']);
    expect(list.every((match) => match.partner.country === 'FR')).toBe(true);
    expect(list.map((match) => match.rank)).toEqual([1, 2]);
    expect(list[0].reasons[0]).toEqual({
      kind: 'complementarity',
      share: expect.any(Number),
      text: 'Son offre (prévention des crues torrentielles) répond à votre besoin (gestion des inondations dans la vallée du safran)',
    });
    const ecrinsReasons = list[1].reasons.map((reason) => reason.text);
    expect(ecrinsReasons).toContain('Coopération existante : Pays des Écrins ↔ Taliouine');

    const english = await matchesOf('MA-TALIOUINE', '?lang=en&limit=1');
    expect(english).toHaveLength(1);
    expect(english[0].reasons[0].text).toMatch(
      /^Their offer \(prévention des crues torrentielles\) answers your need/,
    );

    const toubkal = await matchesOf('MA-TOUBKAL');
    const withCompany = toubkal.find((match) => match.partner.externalId === 'FR-RISQUES')!;
    expect(withCompany.needsInterpreter).toBe(true);
    expect(withCompany.reasons.at(-1)!.text).toBe('Pas de langue commune : prévoir un interprète');

    const high = await matchesOf('MA-TALIOUINE', '?minScore=0.99');
    expect(high).toEqual([]);
  });

  it('puts a late registration into the lists it belongs to without a full run', async () => {
    await put(
      'FR-ALERTE',
      frenchCompany({
        email: 'alerte@example.fr',
        organisation: 'Torrent Alerte',
        offers: 'Gestion des inondations : systèmes d’alerte précoce aux crues',
      }),
      201,
    );
    const list = await eventually('MA-TALIOUINE', (l) =>
      l.some((m) => m.partner.externalId === 'FR-ALERTE'),
    );
    expect(list.map((match) => match.partner.externalId)).toContain('FR-ALERTE');
    expect(await matchesOf('FR-ALERTE')).not.toEqual([]);
    const [{ runs }] = await app.dataSource.query(
      'SELECT count(*)::int AS runs FROM matching_run WHERE event_id = $1',
      [eventId],
    );
    expect(runs).toBe(1);
  });

  it('drops someone who withdraws consent from every list at once', async () => {
    await put(
      'FR-ECRINS',
      frenchCompany({
        email: 'contact@ecrins.example.fr',
        fullName: 'Claire Dubois',
        organisation: 'Parc national des Écrins',
        organisationType: 'collectivite',
        consentMatching: false,
      }),
      200,
    );
    const list = await matchesOf('MA-TALIOUINE', '?limit=50');
    expect(list.map((match) => match.partner.externalId)).not.toContain('FR-ECRINS');
    expect(list.map((match) => match.rank)).toEqual(list.map((_, position) => position + 1));
    expect(await matchesOf('FR-ECRINS')).toEqual([]);
  });

  it('removes an erased person from every list', async () => {
    const [{ id }] = await app.dataSource.query(
      'SELECT id FROM participant WHERE event_id = $1 AND external_id = $2',
      [eventId, 'FR-RISQUES'],
    );
    await app.http().delete(`/events/${eventId}/participants/FR-RISQUES`).expect(204);
    // At once: their own list is gone and nobody is shown them any more…
    const [{ own }] = await app.dataSource.query(
      'SELECT count(*)::int AS own FROM match_list WHERE participant_id = $1',
      [id],
    );
    expect(own).toBe(0);
    const list = await matchesOf('MA-TALIOUINE', '?limit=50');
    expect(list.map((match) => match.partner.externalId)).toEqual(['FR-ALERTE']);
    // …and the lists that held them are refilled in the background, their id gone too.
    const deadline = Date.now() + 20_000;
    for (;;) {
      const [{ holding }] = await app.dataSource.query(
        'SELECT count(*)::int AS holding FROM match_list WHERE partner_ids @> ARRAY[$1]::uuid[]',
        [id],
      );
      if (holding === 0) break;
      if (Date.now() > deadline)
        throw new Error(`${holding} lists still hold the erased participant`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });

  it('refreshes the lists with a full run after a bulk import', async () => {
    const accepted = await app
      .http()
      .post(`/events/${eventId}/imports`)
      .send([
        {
          externalId: 'FR-GUIDES',
          ...frenchCompany({
            email: 'guides@example.fr',
            organisation: 'Compagnie des guides de l’Oisans',
            organisationType: 'association',
            offers: 'Formation de guides de montagne et de secouristes',
          }),
        },
      ])
      .expect(202);
    await waitForJob(app, accepted.body.jobId);
    const [run] = await app.dataSource.query(
      'SELECT job_id FROM matching_run WHERE event_id = $1 ORDER BY created_at DESC LIMIT 1',
      [eventId],
    );
    const job = await waitForJob(app, run.job_id);
    expect(job.state).toBe('completed');
    const list = await matchesOf('MA-TOUBKAL', '?limit=50');
    expect(list[0].partner.externalId).toBe('FR-GUIDES');
    expect(list[0].reasons[0].text).toBe(
      'Son offre (formation de guides de montagne et de secouristes) répond à votre besoin (formation de guides de montagne)',
    );
  });

  it('answers 404 for an unknown participant and 400 for bad parameters', async () => {
    await app.http().get(`/events/${eventId}/participants/NOBODY/matches`).expect(404);
    await app.http().get(`/events/ghost/participants/MA-TALIOUINE/matches`).expect(404);
    const bad = await app
      .http()
      .get(`/events/${eventId}/participants/MA-TALIOUINE/matches?limit=0&lang=de&minScore=2`)
      .expect(400);
    expect(bad.body.errors.map((error: { field: string }) => error.field).sort()).toEqual([
      'lang',
      'limit',
      'minScore',
    ]);
  });
  it('ranks everyone against everyone when the event allows partners from the same country', async () => {
    const open = (await createEvent(app, { settings: { crossCountryOnly: false } })).id;
    const putIn = (externalId: string, body: object) =>
      app.http().put(`/events/${open}/participants/${externalId}`).send(body).expect(201);
    await putIn('MA-TALIOUINE', moroccanCommune());
    await putIn('FR-RISQUES', frenchCompany());
    await putIn(
      'FR-ECRINS',
      frenchCompany({
        email: 'contact@ecrins.example.fr',
        organisation: 'Parc national des Écrins',
      }),
    );
    const accepted = await app.http().post(`/events/${open}/matching/runs`).expect(202);
    expect((await waitForJob(app, accepted.body.jobId)).state).toBe('completed');
    const run = await app.http().get(`/events/${open}/matching/runs/${accepted.body.runId}`);
    // One shard of every participant in id order, each ranked on its own: no two sides.
    expect(run.body).toMatchObject({ status: 'completed', shardCount: 1, shardsDone: 1 });
    const list = (
      await app.http().get(`/events/${open}/participants/FR-RISQUES/matches`).expect(200)
    ).body as MatchView[];
    expect(list.map((match) => match.partner.externalId).sort()).toEqual([
      'FR-ECRINS',
      'MA-TALIOUINE',
    ]);
  });
});

import { createEvent, moroccanCommune } from './support/factories.js';
import { waitForJob } from './support/jobs.js';
import { startTestApp, TestApp } from './support/test-app.js';

describe('Service endpoints', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('reports PostgreSQL and Redis up at /health', async () => {
    const response = await app.http().get('/health').expect(200);
    expect(response.body).toMatchObject({
      status: 'ok',
      info: { postgres: { status: 'up' }, redis: { status: 'up' } },
    });
  });

  it('serves the taxonomy front-ends build their forms from', async () => {
    const response = await app.http().get('/taxonomy').expect(200);
    const { themes, organisationTypes, massifs, regions, languages } = response.body;
    expect(themes).toHaveLength(14);
    expect(themes).toContainEqual(
      expect.objectContaining({
        slug: 'natural-risks',
        labelFr: 'Risques naturels',
        labelEn: 'Natural hazards',
      }),
    );
    expect(organisationTypes.map((type: { slug: string }) => type.slug)).toEqual([
      'collectivite',
      'entreprise',
      'association',
      'institution',
      'universite',
      'incubateur',
      'tour_operateur',
      'autre',
    ]);
    expect(massifs.map((massif: { slug: string }) => massif.slug).sort()).toEqual([
      'alpes',
      'anti-atlas',
      'corse',
      'haut-atlas',
      'jura',
      'massif-central',
      'moyen-atlas',
      'pyrenees',
      'rif',
      'vosges',
    ]);
    expect(regions.filter((region: { country: string }) => region.country === 'MA')).toHaveLength(
      12,
    );
    expect(languages.map((language: { code: string }) => language.code)).toEqual(
      expect.arrayContaining(['fr', 'ar', 'zgh', 'en']),
    );
  });

  it('publishes an OpenAPI document generated from the DTOs, and its page', async () => {
    const json = await app.http().get('/docs-json').expect(200);
    expect(Object.keys(json.body.paths)).toEqual(
      expect.arrayContaining([
        '/events',
        '/events/{eventId}',
        '/events/{eventId}/participants',
        '/events/{eventId}/participants/{externalId}',
        '/events/{eventId}/imports',
        '/events/{eventId}/imports/{importId}',
        '/jobs/{jobId}',
        '/taxonomy',
        '/health',
      ]),
    );
    const participant = json.body.components.schemas.ParticipantInputDto;
    expect(participant.required).toEqual(
      expect.arrayContaining(['fullName', 'email', 'organisation', 'organisationType', 'country']),
    );
    expect(participant.properties.organisationType.enum).toContain('tour_operateur');
    expect(json.body.components.schemas.ErrorBody.properties).toHaveProperty('errors');
    const page = await app.http().get('/docs').expect(200);
    expect(page.text).toContain('swagger');
  });

  it('reports a job with BullMQ state words, and 404 for an unknown one', async () => {
    const event = await createEvent(app);
    const accepted = await app
      .http()
      .post(`/events/${event.id}/imports`)
      .send([{ externalId: 'MA-1', ...moroccanCommune() }])
      .expect(202);
    const job = await waitForJob(app, accepted.body.jobId);
    expect(job).toMatchObject({
      id: accepted.body.jobId,
      queue: 'imports',
      name: 'import-participants',
      state: 'completed',
      progress: 100,
      failedReason: null,
    });
    const missing = await app
      .http()
      .get('/jobs/import-00000000-0000-4000-8000-000000000000')
      .expect(404);
    expect(missing.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });

  it('has entities that agree with the migrations (migration:generate would find nothing)', async () => {
    const pending = await app.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('answers an unknown route with 404 in the common error shape', async () => {
    const response = await app.http().get('/nowhere').expect(404);
    expect(response.body).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });
});

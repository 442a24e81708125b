import { QueueName } from '../src/jobs/queue-names.js';
import { QueuesService } from '../src/jobs/queues.service.js';
import { createEvent, frenchCompany, moroccanCommune } from './support/factories.js';
import { OpenApiContract } from './support/openapi-contract.js';
import { waitForJob } from './support/jobs.js';
import { startTestApp, TestApp } from './support/test-app.js';

/**
 * A registration page asks for the newcomer's list right after their PUT: before their update
 * ran, the answer must say "not computed yet" (202, Retry-After), not "nobody matches" (200 []).
 */
describe("A late registrant's list", () => {
  let app: TestApp;
  let eventId: string;
  const matchingQueue = () => app.app.get(QueuesService).queue(QueueName.Matching);
  const matchesOf = (externalId: string) =>
    app.http().get(`/events/${eventId}/participants/${externalId}/matches`);
  const updatesDone = async () => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const counts = await matchingQueue().getJobCounts('waiting', 'active', 'delayed');
      if (Object.values(counts).every((count) => count === 0)) return;
      if (Date.now() > deadline) throw new Error(`Updates pending: ${JSON.stringify(counts)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  beforeAll(async () => {
    app = await startTestApp();
    eventId = (await createEvent(app)).id;
    await app.http().put(`/events/${eventId}/participants/FR-1`).send(frenchCompany()).expect(201);
    await app
      .http()
      .put(`/events/${eventId}/participants/MA-1`)
      .send(moroccanCommune())
      .expect(201);
    const run = await app.http().post(`/events/${eventId}/matching/runs`).expect(202);
    expect((await waitForJob(app, run.body.jobId)).state).toBe('completed');
  }, 60_000);
  afterAll(() => app.close());

  it('answers 202 with Retry-After while their update waits, then 200 with the list', async () => {
    // Workers take no matching job while the queue is paused: the update stays queued.
    await matchingQueue().pause();
    try {
      await app
        .http()
        .put(`/events/${eventId}/participants/FR-2`)
        .send(frenchCompany({ email: 'late@example.fr', fullName: 'Late Registrant' }))
        .expect(201);
      const pending = await matchesOf('FR-2').expect(202);
      expect(pending.headers['retry-after']).toBe('1');
      expect(pending.body).toEqual([]);
    } finally {
      await matchingQueue().resume();
    }
    await updatesDone();
    const computed = await matchesOf('FR-2').expect(200);
    expect(computed.headers['retry-after']).toBeUndefined();
    expect(
      computed.body.map((match: { partner: { externalId: string } }) => match.partner.externalId),
    ).toEqual(['MA-1']);
  });

  it('answers 200 [] for a computed empty list', async () => {
    await app
      .http()
      .put(`/events/${eventId}/participants/MA-1`)
      .send(moroccanCommune({ consentMatching: false }))
      .expect(200);
    await updatesDone();
    const empty = await matchesOf('FR-1').expect(200);
    expect(empty.body).toEqual([]);
    expect(empty.headers['retry-after']).toBeUndefined();
  });

  it('documents the 202 answer, as served', async () => {
    const document = (await app.as(null).get('/docs-json').expect(200)).body;
    const path = '/events/{eventId}/participants/{externalId}/matches';
    expect(document.paths[path].get.responses['202'].headers).toHaveProperty('Retry-After');
    await matchingQueue().pause();
    try {
      await app
        .http()
        .put(`/events/${eventId}/participants/FR-3`)
        .send(frenchCompany({ email: 'later@example.fr', fullName: 'Later Still' }))
        .expect(201);
      const pending = await matchesOf('FR-3').expect(202);
      new OpenApiContract(document).expect(pending, 'get', path);
    } finally {
      await matchingQueue().resume();
    }
  });
});

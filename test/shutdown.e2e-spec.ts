import { createEvent, frenchCompany } from './support/factories.js';
import { startTestApp } from './support/test-app.js';

describe('Graceful shutdown', () => {
  it('finishes an import in flight before the process stops: nothing lost, nothing twice', async () => {
    // Long enough for the rest of the import: the timeout only bounds the wait.
    const app = await startTestApp({ shutdownTimeoutMs: 60_000 });
    const event = await createEvent(app);
    const rows = Array.from({ length: 3_000 }, (_, i) => ({
      externalId: `FR-${String(i).padStart(4, '0')}`,
      ...frenchCompany({ email: `person${i}@example.fr` }),
    }));
    const accepted = await app.http().post(`/events/${event.id}/imports`).send(rows).expect(202);

    // Stop while the worker is in the middle of the batches.
    for (;;) {
      const job = await app.http().get(`/jobs/${accepted.body.jobId}`).expect(200);
      if (job.body.state === 'active' && job.body.progress > 0) break;
      if (job.body.state === 'completed')
        throw new Error('import finished before the shutdown began');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const dataSource = app.dataSource;
    const databaseUrl = app.config.databaseUrl;
    await app.close();

    const restarted = await startTestApp({ databaseUrl });
    try {
      const outcome = await restarted
        .http()
        .get(`/events/${event.id}/imports/${accepted.body.importId}`)
        .expect(200);
      expect(outcome.body).toMatchObject({
        status: 'completed',
        processedRows: 3_000,
        counts: { created: 3_000, updated: 0, unchanged: 0, rejected: 0 },
      });
      const [{ count }] = await restarted.dataSource.query(
        'SELECT count(*)::int AS count FROM participant WHERE event_id = $1',
        [event.id],
      );
      expect(count).toBe(3_000);
      expect(dataSource.isInitialized).toBe(false);
    } finally {
      await restarted.close();
    }
  }, 60_000);
});

import pg from 'pg';
import { generateEvent } from '../../bench/generator/generate-event.js';
import { importRow } from '../../bench/service/participant-body.js';
import { dropDatabase } from '../../src/database/ensure-database.js';
import { FaultApi } from '../support/fault-api.js';
import {
  buildFaultService,
  faultDatabaseUrl,
  faultQueuePrefix,
  FaultProcesses,
  freePort,
  sleep,
  waitForOutput,
  waitUntil,
} from '../support/fault-service.js';

// Twelve batches of 250: several seconds of work, so the stop lands between batches.
const ROWS = 3_000;

async function importCheckpoint(databaseUrl: string, importId: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ processed_rows: number; participants: number }>(
      `SELECT i.processed_rows,
              (SELECT count(*)::int FROM participant p WHERE p.event_id = i.event_id) AS participants
         FROM participant_import i WHERE i.id = $1`,
      [importId],
    );
    return { processedRows: rows[0].processed_rows, participants: rows[0].participants };
  } finally {
    await client.end();
  }
}

/**
 * SIGTERM to a real process in the middle of an import, with a shutdown timeout too short for
 * the import to finish: the job goes back to the queue, and the next process resumes it from
 * its checkpoint. (test/shutdown.e2e-spec.ts covers the import finishing within the timeout.)
 */
describe('Fault: SIGTERM in the middle of an import', () => {
  let processes: FaultProcesses;
  const databaseUrl = faultDatabaseUrl('term');

  beforeAll(async () => {
    processes = new FaultProcesses(await buildFaultService('shutdown-import'));
  }, 120_000);

  afterAll(async () => {
    await processes?.killAll();
    await dropDatabase(databaseUrl);
  });

  it('hands the import back at the timeout; the next process finishes it, no row lost or applied twice', async () => {
    const port = await freePort();
    const env = {
      DATABASE_URL: databaseUrl,
      QUEUE_PREFIX: faultQueuePrefix('term'),
      HOST: '127.0.0.1',
      PORT: String(port),
      SHUTDOWN_TIMEOUT_MS: '200',
      JOB_LOCK_DURATION_MS: '3000',
    };
    const api = new FaultApi(`http://127.0.0.1:${port}`);
    try {
      const first = processes.start('first', 'main.js', env);
      await waitForOutput(first, 'API on');
      const event = await api.expect<{ id: string }>(201, 'POST', '/events', {
        name: 'Rencontres (SIGTERM)',
        slug: `term-${Date.now().toString(36)}`,
      });
      const rows = generateEvent({ size: ROWS, seed: 4, groundTruth: false }).profiles.map(
        importRow,
      );
      const accepted = await api.expect<{ jobId: string; importId: string }>(
        202,
        'POST',
        `/events/${event.id}/imports`,
        rows,
      );
      await waitUntil(
        'the import to be under way',
        async () => {
          const job = await api.expect<{ state: string; progress: number }>(
            200,
            'GET',
            `/jobs/${accepted.jobId}`,
          );
          if (job.state === 'completed') throw new Error('The import finished before the stop');
          return job.progress > 0 ? true : undefined;
        },
        60_000,
        20,
      );
      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);
      expect(first.output()).toContain('jobs still running after 200 ms; releasing them');
      expect(first.output()).toContain('Stopped cleanly');

      // Stopped part-way, every committed batch with its checkpoint.
      const stoppedAt = await importCheckpoint(databaseUrl, accepted.importId);
      expect(stoppedAt.processedRows).toBeGreaterThan(0);
      expect(stoppedAt.processedRows).toBeLessThan(ROWS);
      expect(stoppedAt.participants).toBe(stoppedAt.processedRows);

      const second = processes.start('second', 'main.js', env);
      await waitForOutput(second, 'API on');
      const job = await api.waitForJob(accepted.jobId, 60_000);
      expect({ state: job.state, failedReason: job.failedReason }).toEqual({
        state: 'completed',
        failedReason: null,
      });
      const outcome = await api.expect<Record<string, unknown>>(
        200,
        'GET',
        `/events/${event.id}/imports/${accepted.importId}`,
      );
      expect(outcome).toMatchObject({
        status: 'completed',
        processedRows: ROWS,
        counts: { created: ROWS, updated: 0, unchanged: 0, rejected: 0 },
      });
      expect(await importCheckpoint(databaseUrl, accepted.importId)).toEqual({
        processedRows: ROWS,
        participants: ROWS,
      });
    } catch (error) {
      await sleep(200);
      throw new Error(`${(error as Error).message}\n${processes.outputs()}`, { cause: error });
    }
  }, 150_000);
});

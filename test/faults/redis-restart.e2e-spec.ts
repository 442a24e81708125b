import { dropDatabase } from '../../src/database/ensure-database.js';
import { FaultApi } from '../support/fault-api.js';
import {
  consentingCount,
  currentLists,
  eventWithGeneratedParticipants,
  FaultEvent,
  storedListCount,
} from '../support/fault-event.js';
import { FaultRedis } from '../support/fault-redis.js';
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

// Four shards, one worker: a run lasts several seconds, long enough to restart Redis within it.
const PARTICIPANTS = 2_000;
// However Redis behaves, every request gets an answer within this.
const ANSWER_WITHIN_MS = 10_000;

interface RunState {
  id: string;
  status: string;
  shardCount: number;
  shardsDone: number;
  failureReason: string | null;
}

/**
 * The service (one API and one worker process) on a Redis of the test's own, restarted in the
 * middle of a matching run: once keeping its data (append-only file), once losing it all.
 */
describe('Fault: Redis restarted during a matching run', () => {
  let processes: FaultProcesses;
  let redis: FaultRedis;
  let api: FaultApi;
  let event: FaultEvent;
  const databaseUrl = faultDatabaseUrl('redis');

  beforeAll(async () => {
    processes = new FaultProcesses(await buildFaultService('redis-restart'));
    redis = await FaultRedis.create();
    const port = await freePort();
    const env = {
      DATABASE_URL: databaseUrl,
      REDIS_URL: redis.url,
      QUEUE_PREFIX: faultQueuePrefix('redis'),
      HOST: '127.0.0.1',
      PORT: String(port),
    };
    await waitForOutput(processes.start('api', 'main.js', { ...env, ROLE: 'api' }), 'API on');
    await waitForOutput(processes.start('worker', 'worker.js', env), 'Role: worker');
    api = new FaultApi(`http://127.0.0.1:${port}`);
    event = await eventWithGeneratedParticipants(api, PARTICIPANTS);
  }, 180_000);

  // A failed test must not leave Redis down for the next one.
  afterEach(() => redis.start());

  afterAll(async () => {
    await processes?.killAll();
    await redis?.close();
    await dropDatabase(databaseUrl);
  });

  /** Runs `test`, adding what the processes printed to its failure. */
  async function withOutputs(test: () => Promise<void>): Promise<void> {
    try {
      await test();
    } catch (error) {
      await sleep(200);
      throw new Error(`${(error as Error).message}\n${processes.outputs()}`, { cause: error });
    }
  }

  /**
   * Starts a run and returns once one of its shards is `computing` its lists, or `writing`
   * them to PostgreSQL (all computed, progress 100, not finished yet).
   */
  async function startRunAndWaitForShard(
    phase: 'computing' | 'writing',
  ): Promise<{ jobId: string; runId: string }> {
    const run = await api.expect<{ jobId: string; runId: string }>(
      202,
      'POST',
      `/events/${event.id}/matching/runs`,
    );
    // Two shards of French participants, then two of Moroccan ones, added once the first two
    // are stored (a two-sided run): a shard not added yet answers 404.
    const shardIds = [0, 1, 2, 3].map((shard) => `${run.jobId}-shard-${shard}`);
    await waitUntil(
      `a shard ${phase} its lists`,
      async () => {
        const answers = await Promise.all(
          shardIds.map((id) =>
            api.request<{ state: string; progress: number }>('GET', `/jobs/${id}`),
          ),
        );
        const inPhase = answers.some(
          ({ status, body: shard }) =>
            status === 200 &&
            shard.state === 'active' &&
            (phase === 'writing') === shard.progress >= 100,
        );
        return inPhase ? true : undefined;
      },
      30_000,
      10,
    );
    return run;
  }

  /** The lists readers see come from `runId` and cover every consenting participant. */
  async function expectCompleteListsFrom(runId: string): Promise<void> {
    const { runIds, lists } = await currentLists(databaseUrl, event.id);
    expect(runIds).toEqual([runId]);
    expect(lists.size).toBe(await consentingCount(databaseUrl, event.id));
  }

  async function expectHealthyAgain(): Promise<void> {
    await waitUntil(
      '/health to answer 200 again',
      async () => ((await api.request('GET', '/health')).status === 200 ? true : undefined),
      30_000,
      200,
    );
  }

  it(
    'keeping its data: requests get quick answers while it is down, then the run completes',
    () =>
      withOutputs(async () => {
        // Gone while a shard writes its lists: they land in PostgreSQL, the queue hears later.
        const run = await startRunAndWaitForShard('writing');
        await redis.stop();

        const asked = (path: string, method: 'GET' | 'POST' = 'GET') =>
          api.request<Record<string, unknown>>(method, path, { timeoutMs: ANSWER_WITHIN_MS });
        const [health, job, restart, eventRead] = await Promise.all([
          asked('/health'),
          asked(`/jobs/${run.jobId}`),
          asked(`/events/${event.id}/matching/runs`, 'POST'),
          asked(`/events/${event.id}`),
        ]);
        expect(health.status).toBe(503);
        expect(JSON.stringify(health.body)).toMatch(/redis/i);
        expect(job.status).toBe(503);
        expect(job.body).toMatchObject({ statusCode: 503, error: 'Service Unavailable' });
        expect(job.body.message).toMatch(/queue/i);
        // The run in progress is answered from PostgreSQL: the same one, not a second.
        expect(restart.status).toBe(202);
        expect(restart.body).toEqual(run);
        expect(eventRead.status).toBe(200);

        await sleep(2_000);
        await redis.start();
        await expectHealthyAgain();

        const finished = await api.waitForJob(run.jobId, 90_000);
        expect({ state: finished.state, failedReason: finished.failedReason }).toEqual({
          state: 'completed',
          failedReason: null,
        });
        const state = await api.expect<RunState>(
          200,
          'GET',
          `/events/${event.id}/matching/runs/${run.runId}`,
        );
        expect(state).toMatchObject({ status: 'completed', failureReason: null });
        expect(state.shardsDone).toBe(state.shardCount);
        await expectCompleteListsFrom(run.runId);
      }),
    150_000,
  );

  it(
    'losing its data: the run is reported failed with the reason, and runs again',
    () =>
      withOutputs(async () => {
        const lost = await startRunAndWaitForShard('computing');
        await redis.stop({ loseData: true });
        await redis.start();
        await expectHealthyAgain();

        const failed = await waitUntil(
          'the run to be reported failed',
          async () => {
            const state = await api.expect<RunState>(
              200,
              'GET',
              `/events/${event.id}/matching/runs/${lost.runId}`,
            );
            return state.status === 'failed' ? state : undefined;
          },
          60_000,
          500,
        );
        expect(failed.failureReason).toMatch(/lost/i);
        await api.expect(404, 'GET', `/jobs/${lost.jobId}`);

        const again = await api.expect<{ jobId: string; runId: string }>(
          202,
          'POST',
          `/events/${event.id}/matching/runs`,
        );
        expect(again.runId).not.toBe(lost.runId);
        expect((await api.waitForJob(again.jobId, 90_000)).state).toBe('completed');
        await expectCompleteListsFrom(again.runId);
        // What the lost run had written went with the old lists.
        expect(await storedListCount(databaseUrl, lost.runId)).toBe(0);
      }),
    150_000,
  );
});

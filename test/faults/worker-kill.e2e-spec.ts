import { Queue } from 'bullmq';
import { dropDatabase } from '../../src/database/ensure-database.js';
import { FaultApi } from '../support/fault-api.js';
import {
  consentingCount,
  currentLists,
  differingLists,
  eventWithGeneratedParticipants,
} from '../support/fault-event.js';
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

const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
// Four shards of 500: each of the two workers holds one when the kill comes.
const PARTICIPANTS = 2_000;

interface RunState {
  status: string;
  shardCount: number;
  shardsDone: number;
  failureReason: string | null;
}

/**
 * One API process and two worker processes from the compiled build; one worker is SIGKILLed in
 * the middle of its shard. BullMQ hands the shard to the other worker once its lock expires
 * (JOB_LOCK_DURATION_MS, shortened here), and the run must end as if nothing had happened.
 */
describe('Fault: a worker process killed in the middle of a matching run', () => {
  let processes: FaultProcesses;
  const databaseUrl = faultDatabaseUrl('kill');
  const queuePrefix = faultQueuePrefix('kill');
  let matching: Queue;

  beforeAll(async () => {
    processes = new FaultProcesses(await buildFaultService('worker-kill'));
    matching = new Queue('matching', { connection: { url: REDIS_URL }, prefix: queuePrefix });
  }, 120_000);

  afterAll(async () => {
    await processes?.killAll();
    await matching?.close();
    await dropDatabase(databaseUrl);
  });

  it('completes the run, every list identical to a run without the kill, no shard counted twice', async () => {
    const port = await freePort();
    const env = {
      DATABASE_URL: databaseUrl,
      REDIS_URL,
      QUEUE_PREFIX: queuePrefix,
      HOST: '127.0.0.1',
      PORT: String(port),
      JOB_LOCK_DURATION_MS: '5000',
    };
    const apiProcess = processes.start('api', 'main.js', { ...env, ROLE: 'api' });
    await waitForOutput(apiProcess, 'API on http://127.0.0.1');
    const workers = [1, 2].map((n) => processes.start(`worker-${n}`, 'worker.js', env));
    for (const worker of workers) await waitForOutput(worker, 'Role: worker');
    const api = new FaultApi(`http://127.0.0.1:${port}`);

    try {
      const event = await eventWithGeneratedParticipants(api, PARTICIPANTS);
      const expectedLists = await consentingCount(databaseUrl, event.id);

      // The reference: the same registrations, nobody killed.
      const reference = await api.expect<{ jobId: string; runId: string }>(
        202,
        'POST',
        `/events/${event.id}/matching/runs`,
      );
      expect((await api.waitForJob(reference.jobId, 60_000)).state).toBe('completed');
      const before = await currentLists(databaseUrl, event.id);
      expect(before.runIds).toEqual([reference.runId]);
      expect(before.lists.size).toBe(expectedLists);

      const run = await api.expect<{ jobId: string; runId: string }>(
        202,
        'POST',
        `/events/${event.id}/matching/runs`,
      );
      expect(run.runId).not.toBe(reference.runId);
      // Both workers busy with a shard whose lists are not written yet: kill one of them.
      const busy = await waitUntil(
        'two shards being computed',
        async () => {
          if (await (await matching.getJob(run.jobId))?.isCompleted())
            throw new Error('The run finished before both workers were busy');
          const active = await matching.getJobs(['active']);
          const shards = active.filter((job) => job.id?.startsWith(`${run.jobId}-shard-`));
          const computing = shards.filter((job) => Number(job.progress) < 100);
          return computing.length === 2 && computing.some((job) => Number(job.progress) > 0)
            ? computing.map((job) => job.id!)
            : undefined;
        },
        60_000,
        10,
      );
      workers[0].child.kill('SIGKILL');
      expect(await workers[0].exited).toBe('SIGKILL');

      const job = await api.waitForJob(run.jobId, 120_000);
      expect({ state: job.state, failedReason: job.failedReason }).toEqual({
        state: 'completed',
        failedReason: null,
      });
      const state = await api.expect<RunState>(
        200,
        'GET',
        `/events/${event.id}/matching/runs/${run.runId}`,
      );
      expect(state).toMatchObject({ status: 'completed', shardCount: 4, failureReason: null });
      expect(state.shardsDone).toBe(state.shardCount);

      // The kill really landed mid-shard: a busy shard was started again.
      const startedAgain = [];
      for (const id of busy) {
        const shard = await matching.getJob(id);
        if (shard && shard.attemptsStarted > 1) startedAgain.push(id);
      }
      expect(startedAgain.length).toBeGreaterThanOrEqual(1);

      const after = await currentLists(databaseUrl, event.id);
      expect(after.runIds).toEqual([run.runId]);
      expect(after.lists.size).toBe(expectedLists);
      expect(differingLists(before.lists, after.lists)).toEqual([]);

      // Readers see them too.
      const [someone, list] = [...after.lists][0];
      const page = await api.expect<{ partner: { externalId: string } }[]>(
        200,
        'GET',
        `/events/${event.id}/participants/${someone}/matches?limit=5`,
      );
      expect(page.map((match) => match.partner.externalId)).toEqual(
        list.slice(0, 5).map((entry) => (JSON.parse(entry) as string[])[0]),
      );
    } catch (error) {
      await sleep(200);
      throw new Error(`${(error as Error).message}\n${processes.outputs()}`, { cause: error });
    }
  }, 240_000);
});

import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { QueryRunner } from 'typeorm';
import { AppModule } from '../src/app.module.js';
import { QueuesService } from '../src/jobs/queues.service.js';
import {
  createEvent,
  frenchCompany,
  importSampleEvent,
  moroccanCommune,
} from './support/factories.js';
import { waitForJob } from './support/jobs.js';
import { startTestApp, TestApp } from './support/test-app.js';

const BIG = { rounds: 6, tables: 40, startAt: '2026-09-15T14:00:00+02:00', roundMinutes: 8 };
const SMALL = { rounds: 2, tables: 1, startAt: '2026-09-15T14:00:00+02:00', roundMinutes: 8 };

/** One event cannot crowd out the others: one pending solve per event, oldest job first. */
describe('Schedules: one pending solve per event', () => {
  let app: TestApp;
  let secondWorker: INestApplication;
  let busyEvent: string;
  let smallEvent: string;

  const runMatching = async (eventId: string) => {
    const run = await app.http().post(`/events/${eventId}/matching/runs`).expect(202);
    expect((await waitForJob(app, run.body.jobId, 60_000)).state).toBe('completed');
  };
  const pendingOf = async (eventId: string) =>
    (
      await app.dataSource.query(
        `SELECT id FROM schedule WHERE event_id = $1 AND status IN ('queued', 'solving')`,
        [eventId],
      )
    ).map((row: { id: string }) => row.id);
  const jobState = async (jobId: string) =>
    ((await app.http().get(`/jobs/${jobId}`).expect(200)).body as { state: string }).state;

  beforeAll(async () => {
    app = await startTestApp();
    // A second worker process (same database and queues) as production runs them: two solves
    // at a time, so a held one shows whether the other event gets through.
    const moduleRef = await Test.createTestingModule({
      imports: [AppModule.forConfig({ ...app.config, role: 'worker' })],
    }).compile();
    secondWorker = moduleRef.createNestApplication({ logger: ['error'] });
    await secondWorker.init();

    busyEvent = (await createEvent(app, { name: 'Busy event' })).id;
    await importSampleEvent(app, busyEvent);
    await runMatching(busyEvent);
    smallEvent = (await createEvent(app, { name: 'Small event' })).id;
    await app.http().put(`/events/${smallEvent}/participants/MA-1`).send(moroccanCommune());
    await app.http().put(`/events/${smallEvent}/participants/FR-1`).send(frenchCompany());
    await runMatching(smallEvent);
  }, 120_000);
  // A failed assertion must not leave the queue paused for the next test.
  afterEach(() => app.app.get(QueuesService).queue('scheduling').resume());
  afterAll(async () => {
    await secondWorker?.close();
    await app?.close();
  });

  it('keeps one of many concurrent requests and lets another event finish meanwhile', async () => {
    const scheduling = app.app.get(QueuesService).queue('scheduling');
    // Held back until the test has the row lock below, so the busy solve is still pending then.
    await scheduling.pause();
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, seed) =>
        app
          .http()
          .post(`/events/${busyEvent}/schedules`)
          .send({ ...BIG, seed }),
      ),
    );
    const accepted = answers.filter((answer) => answer.status === 202);
    const refused = answers.filter((answer) => answer.status === 409);
    expect(accepted).toHaveLength(1);
    expect(refused).toHaveLength(19);
    const { scheduleId, jobId } = accepted[0].body as { scheduleId: string; jobId: string };
    for (const answer of refused) {
      expect(answer.body).toMatchObject({ statusCode: 409, error: 'Conflict' });
      expect(answer.body.message).toContain(scheduleId);
      expect(answer.body.message).toContain(jobId);
    }
    expect(await pendingOf(busyEvent)).toEqual([scheduleId]);

    // The busy event's solve cannot move past its first write while this lock is held.
    const hold: QueryRunner = app.dataSource.createQueryRunner();
    await hold.connect();
    await hold.startTransaction();
    try {
      await hold.query('SELECT id FROM schedule WHERE id = $1 FOR UPDATE', [scheduleId]);
      await scheduling.resume();
      const small = await app.http().post(`/events/${smallEvent}/schedules`).send(SMALL);
      expect(small.status).toBe(202);
      const smallJob = await waitForJob(app, small.body.jobId);
      expect(smallJob.state).toBe('completed');
      // The other event's schedule is done while the busy one has not finished.
      expect(['waiting', 'active']).toContain(await jobState(jobId));
      expect(await pendingOf(busyEvent)).toEqual([scheduleId]);
      const view = await app.http().get(`/events/${smallEvent}/schedules/${small.body.scheduleId}`);
      expect(view.body.status).toBe('ready');
    } finally {
      await hold.commitTransaction();
      await hold.release();
    }
    expect((await waitForJob(app, jobId, 60_000)).state).toBe('completed');
    expect(await pendingOf(busyEvent)).toEqual([]);
    // Once it is done, the event may ask again.
    const next = await app.http().post(`/events/${busyEvent}/schedules`).send(SMALL).expect(202);
    expect((await waitForJob(app, next.body.jobId, 60_000)).state).toBe('completed');
  }, 120_000);

  it('does not stay blocked by a pending schedule whose job is over', async () => {
    const first = await app.http().post(`/events/${smallEvent}/schedules`).send(SMALL).expect(202);
    expect((await waitForJob(app, first.body.jobId)).state).toBe('completed');
    // As if the worker had died after its job ended but before the schedule said so.
    await app.dataSource.query(`UPDATE schedule SET status = 'solving' WHERE id = $1`, [
      first.body.scheduleId,
    ]);
    const second = await app.http().post(`/events/${smallEvent}/schedules`).send(SMALL).expect(202);
    const [stale] = await app.dataSource.query(
      'SELECT status, failure_reason FROM schedule WHERE id = $1',
      [first.body.scheduleId],
    );
    expect(stale).toMatchObject({ status: 'failed', failure_reason: expect.stringMatching(/job/) });
    expect((await waitForJob(app, second.body.jobId)).state).toBe('completed');
  }, 60_000);
});

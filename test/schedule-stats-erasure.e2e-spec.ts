import { createEvent, frenchCompany, moroccanCommune } from './support/factories.js';
import { waitForJob } from './support/jobs.js';
import { startTestApp, TestApp } from './support/test-app.js';

interface Meeting {
  a: { externalId: string };
  b: { externalId: string };
  score: number;
  needsInterpreter: boolean;
}
interface Schedule {
  stats: {
    meetings: number;
    totalScore: number;
    upperBound: number;
    gap: number;
    participants: number;
    meetingsPerParticipant: { min: number; mean: number; max: number };
    interpreterMeetings: number;
    withoutMeeting: string[];
    shortfalls: { externalId: string; meetings: number; minimum: number; reason: string }[];
  };
  rounds: { meetings: Meeting[] }[];
}

/** An erasure removes the person's meetings: the stats must describe the meetings still held. */
describe('Schedule stats after an erasure', () => {
  let app: TestApp;
  let eventId: string;
  const schedule = async (id: string) =>
    (await app.http().get(`/events/${eventId}/schedules/${id}`).expect(200)).body as Schedule;
  const held = (s: Schedule) => s.rounds.flatMap((round) => round.meetings);

  beforeAll(async () => {
    app = await startTestApp();
    eventId = (await createEvent(app)).id;
    for (const n of [1, 2, 3]) {
      await app
        .http()
        .put(`/events/${eventId}/participants/FR-${n}`)
        .send(frenchCompany({ email: `fr${n}@example.fr`, fullName: `Française ${n}` }))
        .expect(201);
      await app
        .http()
        .put(`/events/${eventId}/participants/MA-${n}`)
        .send(moroccanCommune({ email: `ma${n}@example.ma`, fullName: `Marocain ${n}` }))
        .expect(201);
    }
    const run = await app.http().post(`/events/${eventId}/matching/runs`).expect(202);
    expect((await waitForJob(app, run.body.jobId)).state).toBe('completed');
  }, 60_000);
  afterAll(() => app.close());

  it('counts, scores and names only the meetings still held', async () => {
    const accepted = await app
      .http()
      .post(`/events/${eventId}/schedules`)
      .send({ rounds: 1, tables: 3, startAt: '2026-09-15T14:00:00+02:00', roundMinutes: 8 })
      .expect(202);
    expect((await waitForJob(app, accepted.body.jobId, 60_000)).state).toBe('completed');
    const before = await schedule(accepted.body.scheduleId);
    expect(before.stats).toMatchObject({ meetings: 3, participants: 6, withoutMeeting: [] });
    const partner = held(before).find(
      (m) => m.b.externalId === 'MA-1' || m.a.externalId === 'MA-1',
    )!;
    const partnerId = partner.a.externalId === 'MA-1' ? partner.b.externalId : partner.a.externalId;

    await app.http().delete(`/events/${eventId}/participants/MA-1`).expect(204);

    const after = await schedule(accepted.body.scheduleId);
    const meetings = held(after);
    expect(meetings).toHaveLength(2);
    const totalScore = meetings.reduce((sum, m) => sum + m.score, 0);
    expect(after.stats.meetings).toBe(2);
    expect(after.stats.totalScore).toBeCloseTo(totalScore, 3);
    expect(after.stats.upperBound).toBe(before.stats.upperBound);
    expect(after.stats.gap).toBeCloseTo(
      (after.stats.upperBound - after.stats.totalScore) / after.stats.upperBound,
      6,
    );
    expect(after.stats.participants).toBe(5);
    expect(after.stats.meetingsPerParticipant).toEqual({ min: 0, mean: 0.8, max: 1 });
    expect(after.stats.interpreterMeetings).toBe(meetings.filter((m) => m.needsInterpreter).length);
    expect(after.stats.withoutMeeting).toEqual([partnerId]);
    expect(after.stats.shortfalls).toEqual([
      { externalId: partnerId, meetings: 0, minimum: 1, reason: 'partner-erased' },
    ]);
    expect(JSON.stringify(after.stats)).not.toContain('MA-1');
  });
});

import { frenchCompany, moroccanCommune, uniqueSlug } from './support/factories.js';
import { waitForJob } from './support/jobs.js';
import { startTestApp, TestApp } from './support/test-app.js';

/** A solved schedule is the organisers' draft until published: front-ends see nothing of it. */
describe('Draft schedules', () => {
  let app: TestApp;
  let event: { id: string; slug: string; keys: { organiser: string; frontend: string } };
  let scheduleId: string;

  const agendaReads = (key: string) => {
    const base = `/events/${event.id}/schedules/${scheduleId}/participants/MA-1`;
    return Promise.all([
      app.as(key).get(base),
      app.as(key).get(`${base}.ics`),
      app.as(key).get(base).set('Accept', 'text/calendar'),
    ]);
  };

  beforeAll(async () => {
    app = await startTestApp();
    event = (await app.http().post('/events').send({ name: 'Rencontres', slug: uniqueSlug() }))
      .body;
    await app.http().put(`/events/${event.id}/participants/MA-1`).send(moroccanCommune());
    await app.http().put(`/events/${event.id}/participants/FR-1`).send(frenchCompany());
    const run = await app.http().post(`/events/${event.id}/matching/runs`).expect(202);
    expect((await waitForJob(app, run.body.jobId)).state).toBe('completed');
    const accepted = await app
      .http()
      .post(`/events/${event.id}/schedules`)
      .send({ rounds: 2, tables: 2, startAt: '2026-09-15T14:00:00+02:00', roundMinutes: 8 })
      .expect(202);
    expect((await waitForJob(app, accepted.body.jobId)).state).toBe('completed');
    scheduleId = accepted.body.scheduleId;
  }, 60_000);
  afterAll(() => app.close());

  it('answers the front-end key 404 for a draft’s agendas, JSON and iCalendar', async () => {
    const draft = await app
      .as(event.keys.organiser)
      .get(`/events/${event.id}/schedules/${scheduleId}`);
    expect(draft.body.status).toBe('ready');
    const answers = await agendaReads(event.keys.frontend);
    expect(answers.map((answer) => answer.status)).toEqual([404, 404, 404]);
    for (const answer of answers) {
      expect(answer.body.message).toBe(
        `Schedule "${scheduleId}" does not exist in event "${event.slug}"`,
      );
      expect(answer.text).not.toMatch(/BEGIN:VCALENDAR|Alpes Risques/);
    }
  });

  it('lets the organiser read a draft’s agendas', async () => {
    const answers = await agendaReads(event.keys.organiser);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(answers[1].text).toContain('BEGIN:VCALENDAR');
  });

  it('shows the front-end key the agendas once the schedule is published', async () => {
    await app
      .as(event.keys.organiser)
      .post(`/events/${event.id}/schedules/${scheduleId}/publish`)
      .expect(200);
    const answers = await agendaReads(event.keys.frontend);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200]);
    expect(answers[0].body.participant).toMatchObject({ externalId: 'MA-1' });
  });
});

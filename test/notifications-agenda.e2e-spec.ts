import ICAL from 'ical.js';
import { createEvent, frenchCompany, moroccanCommune } from './support/factories.js';
import { waitForJob } from './support/jobs.js';
import {
  MailingResult,
  waitForDeliveries,
  waitForNotificationsIdle,
} from './support/notifications.js';
import { SmtpTestServer, startSmtpTestServer } from './support/smtp-test-server.js';
import { startTestApp, TestApp } from './support/test-app.js';

const GRID = {
  rounds: 3,
  tables: 4,
  startAt: '2026-09-15T14:00:00+02:00',
  roundMinutes: 10,
  breakMinutes: 5,
};

/** Two French and two Moroccan participants: everyone can meet everyone across. */
const PARTICIPANTS: Record<string, Record<string, unknown>> = {
  'MA-1': moroccanCommune({ email: 'ma1@example.ma', availability: null }),
  'MA-2': moroccanCommune({
    fullName: 'Youssef <i>Amrani</i>',
    email: 'ma2@example.ma',
    organisation: 'Commune d’Imlil',
    availability: null,
  }),
  'FR-1': frenchCompany({ email: 'fr1@example.fr', consentEmail: true, availability: null }),
  'FR-2': frenchCompany({
    fullName: 'Alice Martin',
    email: 'fr2@example.fr',
    organisation: 'Parc naturel régional du Vercors',
    organisationType: 'collectivite',
    languages: ['en'],
    consentEmail: false,
    availability: null,
  }),
};

interface MailingAccepted {
  jobId: string;
  warnings: string[];
}

/** The agenda e-mail after a schedule is published: times, tables, partners, the .ics. */
describe('E-mails: personal agendas', () => {
  let smtp: SmtpTestServer;
  let app: TestApp;
  let eventId: string;

  const solve = async (body: Record<string, unknown>) => {
    const accepted = await app.http().post(`/events/${eventId}/schedules`).send(body).expect(202);
    expect((await waitForJob(app, accepted.body.jobId)).state).toBe('completed');
    return accepted.body.scheduleId as string;
  };
  const sendAgendas = async (scheduleId: string, body: Record<string, unknown> = {}) => {
    const accepted = await app
      .http()
      .post(`/events/${eventId}/schedules/${scheduleId}/notifications`)
      .send(body)
      .expect(202);
    const job = await waitForJob(app, accepted.body.jobId);
    expect(job.state).toBe('completed');
    await waitForDeliveries(app, eventId);
    await waitForNotificationsIdle(app);
    return { ...(job.result as MailingResult), accepted: accepted.body as MailingAccepted };
  };

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    app = await startTestApp({ smtpUrl: smtp.url, mailRatePerMinute: 0 });
    eventId = (await createEvent(app, { name: 'Rencontres 2026', timezone: 'Europe/Paris' })).id;
    for (const [externalId, body] of Object.entries(PARTICIPANTS)) {
      await app.http().put(`/events/${eventId}/participants/${externalId}`).send(body).expect(201);
    }
    const run = await app.http().post(`/events/${eventId}/matching/runs`).expect(202);
    expect((await waitForJob(app, run.body.jobId)).state).toBe('completed');
  }, 60_000);
  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  it('refuses to send the agendas of a schedule that is not published', async () => {
    const scheduleId = await solve(GRID);
    const response = await app
      .http()
      .post(`/events/${eventId}/schedules/${scheduleId}/notifications`)
      .send({})
      .expect(409);
    expect(response.body.message).toMatch(/publish it/);
    // The organiser can still preview it.
    const preview = await app
      .http()
      .get(`/events/${eventId}/notifications/preview/MA-1?kind=agenda&scheduleId=${scheduleId}`)
      .expect(200);
    expect(preview.text).toContain('Table');
    const missing = await app
      .http()
      .get(`/events/${eventId}/notifications/preview/MA-1?kind=agenda`)
      .expect(400);
    expect(missing.body.errors[0].field).toBe('scheduleId');
  });

  it('sends each consenting participant one agenda with times, tables, partners and the .ics', async () => {
    const scheduleId = await solve(GRID);
    await app.http().post(`/events/${eventId}/schedules/${scheduleId}/publish`).expect(200);
    const result = await sendAgendas(scheduleId);
    expect(result).toMatchObject({ kind: 'agenda', counts: { queued: 3, skipped: 1 } });
    expect(result.skipped).toEqual({ 'no-consent': 1 });
    // The event names no organiser address and REPLY_TO is unset: the organiser is told.
    expect(result.accepted.warnings).toEqual([expect.stringMatching(/^no-contact: /)]);
    expect(result.warnings).toEqual(result.accepted.warnings);
    expect(smtp.received.map((email) => email.to).sort()).toEqual([
      'fr1@example.fr',
      'ma1@example.ma',
      'ma2@example.ma',
    ]);

    const agenda = (
      await app.http().get(`/events/${eventId}/schedules/${scheduleId}/participants/MA-1`)
    ).body as { meetings: { startsAt: string; table: number; partner: { fullName: string } }[] };
    const [email] = smtp.to('ma1@example.ma');
    expect(email.mail.subject).toBe('Votre agenda de rendez-vous pour « Rencontres 2026 »');
    // Nobody reads replies: no Reply-To, and the e-mail says so plainly and where to ask.
    expect(email.mail.replyTo).toBeUndefined();
    expect(email.mail.text).toContain(
      'Cet e-mail part d’une adresse qui ne reçoit pas les réponses : pour toute question, adressez-vous à l’équipe d’organisation de « Rencontres 2026 »',
    );
    // Paris time, in French, each partner at their table.
    expect(email.mail.text).toContain('mardi 15 septembre');
    const parisTime = (iso: string) =>
      new Intl.DateTimeFormat('fr-FR', {
        timeZone: 'Europe/Paris',
        hour: '2-digit',
        minute: '2-digit',
      }).format(new Date(iso));
    for (const meeting of agenda.meetings) {
      expect(email.mail.text).toContain(`${parisTime(meeting.startsAt)} · Table ${meeting.table}`);
      expect(email.mail.text).toContain(meeting.partner.fullName);
    }
    expect(agenda.meetings.map((m) => parisTime(m.startsAt))[0]).toMatch(/^14:(00|15|30)$/);
    // What a participant typed is escaped in the HTML part of the partners' e-mails.
    const withMa2 = smtp.received.find((e) => e.mail.text?.includes('Youssef <i>Amrani</i>'));
    if (withMa2) expect(withMa2.mail.html).toContain('Youssef &lt;i&gt;Amrani&lt;/i&gt;');

    const [ics] = email.mail.attachments;
    expect(ics.contentType).toBe('text/calendar');
    const calendar = new ICAL.Component(ICAL.parse(ics.content.toString('utf8')));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(agenda.meetings.length);
    expect(events[0].startDate.toJSDate().toISOString()).toBe(agenda.meetings[0].startsAt);
  });

  it('sends nothing new on a second trigger, and one update to those whose meetings moved', async () => {
    const [{ id: firstId }] = await app.dataSource.query(
      `SELECT id FROM schedule WHERE event_id = $1 AND status = 'published'`,
      [eventId],
    );
    const before = smtp.received.length;
    const again = await sendAgendas(firstId);
    expect(again.skipped).toMatchObject({ 'already-sent': 3 });
    expect(smtp.received.length).toBe(before);

    // The session moves an hour later: a new schedule, released from the published one.
    const secondId = await solve({
      ...GRID,
      startAt: '2026-09-15T15:00:00+02:00',
      releasePublished: true,
    });
    await app.http().post(`/events/${eventId}/schedules/${secondId}/publish`).expect(200);
    await sendAgendas(secondId);
    const updates = smtp.received.slice(before);
    expect(updates.map((email) => email.to).sort()).toEqual([
      'fr1@example.fr',
      'ma1@example.ma',
      'ma2@example.ma',
    ]);
    for (const update of updates) {
      expect(update.mail.subject).toBe('Votre agenda mis à jour pour « Rencontres 2026 »');
      expect(smtp.to(update.to)).toHaveLength(2);
    }
    // Re-importing the new .ics moves the entries: same UIDs, a higher SEQUENCE.
    const uids = (text: string) =>
      new ICAL.Component(ICAL.parse(text))
        .getAllSubcomponents('vevent')
        .map((v) => [v.getFirstPropertyValue('uid'), Number(v.getFirstPropertyValue('sequence'))]);
    const [oldIcs, newIcs] = smtp
      .to(updates[0].to)
      .map((email) => email.mail.attachments[0].content.toString('utf8'));
    const oldByUid = new Map(uids(oldIcs) as [string, number][]);
    for (const [uid, sequence] of uids(newIcs) as [string, number][]) {
      if (oldByUid.has(uid)) expect(sequence).toBeGreaterThan(oldByUid.get(uid)!);
    }
  }, 60_000);

  it('cancels the meetings an updated agenda no longer holds, in the e-mail and the download', async () => {
    const icsOf = (email: { mail: { attachments: { content: Buffer }[] } }) =>
      email.mail.attachments[0].content.toString('utf8');
    const entries = (text: string) =>
      new Map(
        new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => [
          String(v.getFirstPropertyValue('uid')),
          {
            sequence: Number(v.getFirstPropertyValue('sequence')),
            status: String(v.getFirstPropertyValue('status')),
            start: (v.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString(),
          },
        ]),
      );
    const methodOf = (text: string) =>
      new ICAL.Component(ICAL.parse(text)).getFirstPropertyValue('method');
    const lastTo = (address: string) => smtp.to(address).at(-1)!;
    const before = {
      ma1: entries(icsOf(lastTo('ma1@example.ma'))),
      ma2: entries(icsOf(lastTo('ma2@example.ma'))),
    };
    // MA-1 met FR-1 in the agenda they were sent; FR-1 is erased, and MA-2 may no longer meet
    // FR-2, so MA-2 is left with no meeting at all.
    const withFr1 = [...before.ma1.keys()].find((uid) => uid.includes('FR-1'))!;
    expect(withFr1).toBeDefined();
    expect(before.ma2.size).toBeGreaterThan(0);
    await app.http().delete(`/events/${eventId}/participants/FR-1`).expect(204);
    const thirdId = await solve({
      ...GRID,
      startAt: '2026-09-15T15:00:00+02:00',
      releasePublished: true,
      mustNotMeet: [['MA-2', 'FR-2']],
    });
    await app.http().post(`/events/${eventId}/schedules/${thirdId}/publish`).expect(200);
    const sentBefore = smtp.received.length;
    const result = await sendAgendas(thirdId);
    expect(result.counts).toMatchObject({ queued: 2 });
    expect(
      smtp.received
        .slice(sentBefore)
        .map((email) => email.to)
        .sort(),
    ).toEqual(['ma1@example.ma', 'ma2@example.ma']);

    // MA-1: an update whose .ics cancels the meeting with FR-1 (same UID, higher SEQUENCE).
    const update = lastTo('ma1@example.ma');
    expect(update.mail.subject).toBe('Votre agenda mis à jour pour « Rencontres 2026 »');
    expect(update.mail.text).toContain('Ce rendez-vous prévu n’a plus lieu :');
    const updated = entries(icsOf(update));
    expect(methodOf(icsOf(update))).toBe('PUBLISH');
    expect(updated.get(withFr1)).toEqual({
      sequence: expect.any(Number),
      status: 'CANCELLED',
      start: before.ma1.get(withFr1)!.start,
    });
    expect(updated.get(withFr1)!.sequence).toBeGreaterThan(before.ma1.get(withFr1)!.sequence);
    for (const [uid, entry] of updated) {
      if (uid !== withFr1) expect(entry.status).toBe('CONFIRMED');
    }
    // The downloadable .ics of the new schedule says the same.
    const download = await app
      .http()
      .get(`/events/${eventId}/schedules/${thirdId}/participants/MA-1.ics`)
      .expect(200);
    expect(entries(download.text)).toEqual(updated);

    // MA-2: every meeting gone: a "meetings cancelled" e-mail, its calendar a cancellation.
    const cancelled = lastTo('ma2@example.ma');
    expect(cancelled.mail.subject).toBe('Vos rendez-vous pour « Rencontres 2026 » sont annulés');
    expect(cancelled.mail.text).toContain('vous n’avez plus de rendez-vous prévu');
    expect(cancelled.mail.attachments[0].contentType).toBe('text/calendar');
    expect(methodOf(icsOf(cancelled))).toBe('CANCEL');
    const gone = entries(icsOf(cancelled));
    expect([...gone.keys()].sort()).toEqual([...before.ma2.keys()].sort());
    for (const [uid, entry] of gone) {
      expect(entry.status).toBe('CANCELLED');
      expect(entry.sequence).toBeGreaterThan(before.ma2.get(uid)!.sequence);
    }

    // Triggering again sends nobody anything: the cancellations were delivered.
    const again = await sendAgendas(thirdId);
    expect(again.counts).toMatchObject({ queued: 0 });
    expect(again.skipped).toMatchObject({ 'already-sent': 2 });
    expect(smtp.received.length).toBe(sentBefore + 2);
    const log = await app
      .http()
      .get(`/events/${eventId}/notifications/deliveries?kind=agenda&status=sent&limit=200`)
      .expect(200);
    expect(log.body.totals.sent).toBeGreaterThanOrEqual(6);
  }, 60_000);
});

import { createEvent, frenchCompany, moroccanCommune } from './support/factories.js';
import { waitForJob } from './support/jobs.js';
import {
  deliveries,
  sendSuggestions,
  waitForDeliveries,
  waitForNotificationsIdle,
} from './support/notifications.js';
import { SmtpTestServer, startSmtpTestServer } from './support/smtp-test-server.js';
import { startTestApp, TestApp } from './support/test-app.js';
import type { AppConfig } from '../src/config/app-config.js';

/** Four participants who consent to e-mails: two Moroccan, two French. */
const PARTICIPANTS: Record<string, Record<string, unknown>> = {
  'MA-1': moroccanCommune({ email: 'ma-1@example.ma' }),
  'MA-2': moroccanCommune({
    email: 'ma-2@example.ma',
    fullName: 'Hassan Ouali',
    organisation: 'Province d’Ifrane',
    region: 'Fès-Meknès',
    massif: 'moyen-atlas',
  }),
  'FR-1': frenchCompany({ email: 'fr-1@example.fr', consentEmail: true }),
  'FR-2': frenchCompany({
    email: 'fr-2@example.fr',
    fullName: 'Claire Dubois',
    organisation: 'Parc national des Écrins',
    organisationType: 'collectivite',
    themes: ['sustainable-tourism', 'biodiversity'],
    consentEmail: true,
  }),
};

async function matchedEvent(app: TestApp): Promise<string> {
  const eventId = (await createEvent(app)).id;
  for (const [externalId, body] of Object.entries(PARTICIPANTS)) {
    await app.http().put(`/events/${eventId}/participants/${externalId}`).send(body).expect(201);
  }
  const run = await app.http().post(`/events/${eventId}/matching/runs`).expect(202);
  expect((await waitForJob(app, run.body.jobId)).state).toBe('completed');
  return eventId;
}

async function startWithSmtp(overrides: Partial<AppConfig>) {
  const smtp = await startSmtpTestServer();
  const app = await startTestApp({ smtpUrl: smtp.url, ...overrides });
  return { smtp, app };
}

describe('E-mails: SMTP failures', () => {
  let smtp: SmtpTestServer;
  let app: TestApp;
  let eventId: string;

  beforeAll(async () => {
    ({ smtp, app } = await startWithSmtp({ mailRatePerMinute: 0 }));
    eventId = await matchedEvent(app);
  }, 60_000);
  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  it('retries a transient refusal, records a permanent one, and still sends everyone else theirs', async () => {
    smtp.refuse('ma-1@example.ma', 451, 1); // greylisting: fine on the second try
    smtp.refuse('fr-1@example.fr', 550); // no such mailbox, ever

    const result = await sendSuggestions(app, eventId);
    expect(result.counts).toEqual({ queued: 4, skipped: 0 });
    await smtp.waitForCount(3, 30_000);
    const log = await waitForDeliveries(app, eventId, 30_000);

    expect(smtp.received.map((email) => email.to).sort()).toEqual([
      'fr-2@example.fr',
      'ma-1@example.ma',
      'ma-2@example.ma',
    ]);
    const byParticipant = Object.fromEntries(
      log.items.map((delivery) => [delivery.participant.externalId, delivery]),
    );
    expect(byParticipant['MA-1']).toMatchObject({ status: 'sent', attempts: 2, error: null });
    expect(byParticipant['MA-2']).toMatchObject({ status: 'sent', attempts: 1 });
    expect(byParticipant['FR-2']).toMatchObject({ status: 'sent', attempts: 1 });
    expect(byParticipant['FR-1']).toMatchObject({ status: 'failed', attempts: 1 });
    expect(byParticipant['FR-1'].error).toMatch(/550/);
    expect(log.totals).toEqual({ queued: 0, sent: 3, failed: 1, skipped: 0 });

    // The 550 was not retried: one refusal, and its job failed for good after one attempt.
    expect(smtp.refused).toEqual(
      expect.arrayContaining([
        { address: 'ma-1@example.ma', code: 451 },
        { address: 'fr-1@example.fr', code: 550 },
      ]),
    );
    expect(smtp.refused).toHaveLength(2);
    const job = await waitForJob(
      app,
      `mailing-${result.mailingId}-email-${byParticipant['FR-1'].id}`,
    );
    expect(job).toMatchObject({ state: 'failed' });
    expect(job.failedReason).toMatch(/Permanent failure \(550\)/);
    expect(job.failedReason).not.toContain('fr-1@example.fr');
  }, 60_000);

  it('tries a failed e-mail again when the organiser triggers again, and sends nobody a second copy', async () => {
    const result = await sendSuggestions(app, eventId);
    expect(result.counts).toEqual({ queued: 1, skipped: 3 });
    expect(result.skipped).toEqual({ 'already-sent': 3 });
    const deadline = Date.now() + 10_000;
    while (smtp.refused.length < 3) {
      if (Date.now() > deadline) throw new Error('The failed e-mail was not tried again');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const log = await waitForDeliveries(app, eventId);
    const failed = log.items.find((delivery) => delivery.participant.externalId === 'FR-1')!;
    expect(failed).toMatchObject({ status: 'failed', attempts: 2 });
    expect(smtp.received).toHaveLength(3);
  });
});

describe('E-mails: consent withdrawn after planning', () => {
  let smtp: SmtpTestServer;
  let app: TestApp;
  let eventId: string;

  beforeAll(async () => {
    ({ smtp, app } = await startWithSmtp({ mailRatePerMinute: 0 }));
    eventId = await matchedEvent(app);
  }, 60_000);
  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  it('sends nothing to someone who withdrew consent while their e-mail was queued', async () => {
    // The first attempt is put off (greylisting), so the send job is queued for a retry when
    // the person withdraws consent on the registration site.
    smtp.refuse('ma-2@example.ma', 451, 1);
    const result = await sendSuggestions(app, eventId);
    expect(result.counts).toEqual({ queued: 4, skipped: 0 });
    const deadline = Date.now() + 10_000;
    while (smtp.refused.length < 1) {
      if (Date.now() > deadline) throw new Error('The first attempt never reached the server');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await app
      .http()
      .put(`/events/${eventId}/participants/MA-2`)
      .send({ ...PARTICIPANTS['MA-2'], consentEmail: false })
      .expect(200);

    const delivery = (await deliveries(app, eventId, '?limit=200')).items.find(
      (item) => item.participant.externalId === 'MA-2',
    )!;
    const job = await waitForJob(app, `mailing-${result.mailingId}-email-${delivery.id}`);
    expect(job).toMatchObject({ state: 'completed', result: { status: 'skipped' } });
    await waitForNotificationsIdle(app);
    expect(smtp.to('ma-2@example.ma')).toEqual([]);
    expect(smtp.received.map((email) => email.to).sort()).toEqual([
      'fr-1@example.fr',
      'fr-2@example.fr',
      'ma-1@example.ma',
    ]);
    const log = await waitForDeliveries(app, eventId);
    expect(log.items.find((item) => item.id === delivery.id)).toMatchObject({
      status: 'skipped',
      skipReason: 'no-consent',
    });
  }, 30_000);
});

describe('E-mails: sending rate', () => {
  let smtp: SmtpTestServer;
  let app: TestApp;
  let eventId: string;

  beforeAll(async () => {
    // 120 a minute: one e-mail every 500 ms, for all workers together.
    ({ smtp, app } = await startWithSmtp({ mailRatePerMinute: 120, workerConcurrency: 4 }));
    eventId = await matchedEvent(app);
  }, 60_000);
  afterAll(async () => {
    await app.close();
    await smtp.stop();
  });

  it('spreads the e-mails out to MAIL_RATE_PER_MINUTE', async () => {
    await sendSuggestions(app, eventId);
    await smtp.waitForCount(4);
    const times = smtp.received.map((email) => email.at).sort((a, b) => a - b);
    const gaps = times.slice(1).map((time, index) => time - times[index]);
    // Unlimited, four e-mails arrive within a few milliseconds of each other. The first one
    // also opens the SMTP connection, so arrivals may be a little closer than the jobs' starts.
    expect(times[3] - times[0]).toBeGreaterThanOrEqual(3 * 500 - 150);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(500 - 150);
  });
});

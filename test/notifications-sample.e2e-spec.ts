import { simpleParser } from 'mailparser';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEvent, importSampleEvent } from './support/factories.js';
import { waitForJob } from './support/jobs.js';
import { sendSuggestions, waitForDeliveries } from './support/notifications.js';
import { startTestApp, TestApp } from './support/test-app.js';

/** The README's "try it" with no mail server: the sample event's e-mails land in the outbox. */
describe('E-mails of the sample event, without SMTP_URL', () => {
  let app: TestApp;
  let outbox: string;
  let eventId: string;

  beforeAll(async () => {
    outbox = await mkdtemp(join(tmpdir(), 'montagne-match-outbox-'));
    app = await startTestApp({ smtpUrl: null, mailOutboxDir: outbox, mailRatePerMinute: 0 });
    eventId = (
      await createEvent(app, {
        settings: { organiserName: 'Tétraktys', organiserEmail: 'rdv@tetraktys.example.org' },
      })
    ).id;
    await importSampleEvent(app, eventId);
    const run = await app.http().post(`/events/${eventId}/matching/runs`).expect(202);
    expect((await waitForJob(app, run.body.jobId, 60_000)).state).toBe('completed');
  }, 90_000);
  afterAll(async () => {
    await app.close();
    await rm(outbox, { recursive: true, force: true });
  });

  it('writes one .eml file per e-mail, each a complete message a mail client opens', async () => {
    const result = await sendSuggestions(app, eventId);
    const [{ expected }] = await app.dataSource.query(
      `SELECT count(*)::int AS expected FROM participant p
        WHERE p.event_id = $1 AND p.consent_email AND p.consent_matching
          AND EXISTS (SELECT 1 FROM match_list l JOIN event e ON e.current_matching_run_id = l.run_id
                       WHERE l.participant_id = p.id)`,
      [eventId],
    );
    expect(expected).toBeGreaterThan(50);
    expect(result.counts.queued).toBe(expected);
    const log = await waitForDeliveries(app, eventId, 60_000);
    expect(log.totals).toMatchObject({ sent: expected, failed: 0 });

    const files = (await readdir(outbox)).filter((file) => file.endsWith('.eml'));
    expect(files).toHaveLength(expected);
    const message = await simpleParser(await readFile(join(outbox, files[0])));
    expect(message.subject).toMatch(/^(Vos contacts suggérés|Your suggested contacts)/);
    expect(message.html).toContain('/unsubscribe/');
    expect(message.text).toMatch(/Pour demander un rendez-vous|To request a meeting/);
    expect(message.headers.get('list')).toHaveProperty('unsubscribe');
  }, 90_000);
});

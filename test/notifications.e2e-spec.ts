import request from 'supertest';
import { createEvent, frenchCompany, moroccanCommune } from './support/factories.js';
import { QueueName } from '../src/jobs/queue-names.js';
import { QueuesService } from '../src/jobs/queues.service.js';
import { waitForJob } from './support/jobs.js';
import {
  deliveries,
  sendSuggestions,
  waitForDeliveries,
  waitForNotificationsIdle,
} from './support/notifications.js';
import { ReceivedEmail, SmtpTestServer, startSmtpTestServer } from './support/smtp-test-server.js';
import { startTestApp, TestApp } from './support/test-app.js';

interface MatchView {
  partner: { externalId: string; organisation: string };
  reasons: { text: string }[];
}

const LINKS_BASE = 'https://links.example.test';

const PARTICIPANTS: Record<string, Record<string, unknown>> = {
  'MA-TALIOUINE': moroccanCommune(),
  'MA-IFRANE': moroccanCommune({
    fullName: 'Hassan Ouali',
    email: 'h.ouali@example.ma',
    organisation: 'Province d’Ifrane',
    region: 'Fès-Meknès',
    massif: 'moyen-atlas',
    offers: 'Gestion forestière des cédraies',
    needs: 'Expertise en prévention des crues et des inondations',
    consentEmail: false,
  }),
  'FR-RISQUES': frenchCompany({ consentEmail: true }),
  'FR-ECRINS': frenchCompany({
    fullName: 'Claire Dubois',
    email: 'c.dubois@ecrins.example.fr',
    organisation: 'Parc national des Écrins',
    organisationType: 'collectivite',
    region: "Provence-Alpes-Côte d'Azur",
    themes: ['sustainable-tourism', 'biodiversity'],
    languages: ['en'],
    offers: 'Visitor management and sustainable tourism in protected mountain areas',
    needs: 'Partners among Moroccan protected areas and rural communes',
    consentEmail: true,
  }),
  // Typed by a participant: must come out escaped in every HTML part.
  'FR-ATELIER': frenchCompany({
    fullName: 'Paul <b>Martin</b>',
    email: 'atelier@example.fr',
    organisation: 'Atelier <script>alert("x")</script> Montagne',
    organisationType: 'association',
    themes: ['sustainable-tourism', 'cultural-heritage'],
    offers: 'Labellisation de destinations de tourisme durable <script>alert(1)</script>',
    needs: 'Circuits de randonnée et gîtes au Maroc',
    consentEmail: false,
  }),
};
const EMAIL_OF = (externalId: string) => String(PARTICIPANTS[externalId].email).toLowerCase();
const CONSENTING = ['FR-ECRINS', 'FR-RISQUES', 'MA-TALIOUINE'];

describe('E-mails: suggested contacts', () => {
  let smtp: SmtpTestServer;
  let app: TestApp;
  let eventId: string;

  const matchesOf = async (externalId: string, lang: 'fr' | 'en') =>
    (
      await app
        .http()
        .get(`/events/${eventId}/participants/${externalId}/matches?limit=5&lang=${lang}`)
        .expect(200)
    ).body as MatchView[];
  const onlyEmailTo = (externalId: string): ReceivedEmail => {
    const emails = smtp.to(EMAIL_OF(externalId));
    expect(emails).toHaveLength(1);
    return emails[0];
  };
  const unsubscribeLink = (email: ReceivedEmail) =>
    (email.mail.headers.get('list') as unknown as { unsubscribe: { url: string } }).unsubscribe.url;
  /** Links point at PUBLIC_BASE_URL; the test calls the app in-process, with no API key. */
  const click = (link: string) =>
    request(app.app.getHttpServer()).get(link.slice(LINKS_BASE.length));
  /** The page's button, or a mail client's one-click (RFC 8058): a form-encoded POST. */
  const confirm = (link: string) =>
    request(app.app.getHttpServer())
      .post(link.slice(LINKS_BASE.length))
      .type('form')
      .send('List-Unsubscribe=One-Click');
  const consentOf = async (externalId: string) =>
    (await app.http().get(`/events/${eventId}/participants/${externalId}`).expect(200)).body
      .consentEmail as boolean;

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    app = await startTestApp({
      smtpUrl: smtp.url,
      mailRatePerMinute: 0,
      publicBaseUrl: LINKS_BASE,
    });
    eventId = (
      await createEvent(app, {
        settings: { organiserName: 'Cluster Montagne', organiserEmail: 'rdv@cluster.example.org' },
      })
    ).id;
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

  it('on a dry run, reports who would get what and sends and records nothing', async () => {
    const result = await sendSuggestions(app, eventId, { dryRun: true });
    expect(result).toMatchObject({
      dryRun: true,
      recipients: 5,
      counts: { 'would-send': 3, skipped: 2 },
      skipped: { 'no-consent': 2 },
    });
    const taliouine = result.report!.find((line) => line.externalId === 'MA-TALIOUINE')!;
    expect(taliouine.status).toBe('would-send');
    expect(taliouine.items).toEqual(
      (await matchesOf('MA-TALIOUINE', 'fr')).map((match) => match.partner.externalId),
    );
    expect(result.report!.find((line) => line.externalId === 'MA-IFRANE')).toEqual({
      externalId: 'MA-IFRANE',
      status: 'skipped',
      reason: 'no-consent',
    });
    await waitForNotificationsIdle(app);
    expect(smtp.received).toHaveLength(0);
    const [{ rows }] = await app.dataSource.query(
      'SELECT count(*)::int AS rows FROM email_delivery',
    );
    expect(rows).toBe(0);
  });

  it('removes a dry run’s result after an hour, by a delayed job of its own', async () => {
    const accepted = await app
      .http()
      .post(`/events/${eventId}/notifications/suggestions`)
      .send({ dryRun: true })
      .expect(202);
    const planned = await waitForJob(app, accepted.body.jobId);
    expect(planned.state).toBe('completed');
    const queue = app.app.get(QueuesService).queue(QueueName.Notifications);
    const expiry = (await queue.getJob(`${accepted.body.jobId}-expiry`))!;
    expect(await expiry.getState()).toBe('delayed');
    expect(expiry.opts.delay).toBe(3_600_000);
    // The hour is up now: the result, which names people, is gone.
    await expiry.promote();
    const deadline = Date.now() + 10_000;
    while ((await app.http().get(`/jobs/${accepted.body.jobId}`)).status !== 404) {
      if (Date.now() > deadline) throw new Error('The dry run’s result was not removed');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  });

  it('sends each consenting participant one e-mail with their partners and the reasons, and nobody else', async () => {
    const result = await sendSuggestions(app, eventId);
    expect(result).toMatchObject({
      dryRun: false,
      counts: { queued: 3, skipped: 2 },
      skipped: { 'no-consent': 2 },
      warnings: [],
    });
    expect(result.report).toBeUndefined();
    await smtp.waitForCount(3);
    const log = await waitForDeliveries(app, eventId);

    expect(smtp.received.map((email) => email.to).sort()).toEqual(CONSENTING.map(EMAIL_OF).sort());
    for (const externalId of CONSENTING) {
      const lang = externalId === 'FR-ECRINS' ? 'en' : 'fr';
      const { mail } = onlyEmailTo(externalId);
      expect(mail.subject).toBe(
        lang === 'en'
          ? 'Your suggested contacts for “Rencontres Franco-Marocaines de la Montagne”'
          : 'Vos contacts suggérés pour « Rencontres Franco-Marocaines de la Montagne »',
      );
      expect(mail.replyTo?.value[0]).toEqual({
        name: 'Cluster Montagne',
        address: 'rdv@cluster.example.org',
      });
      const matches = await matchesOf(externalId, lang);
      expect(matches.length).toBeGreaterThan(0);
      for (const match of matches) {
        expect(mail.text).toContain(match.partner.organisation);
        for (const reason of match.reasons) {
          expect(mail.text).toContain(reason.text);
          expect(mail.html).toContain(escapeHtml(reason.text));
        }
      }
      const link = unsubscribeLink(onlyEmailTo(externalId));
      expect(link.startsWith(`${LINKS_BASE}/unsubscribe/`)).toBe(true);
      expect(mail.html).toContain(`href="${link}"`);
      expect(mail.text).toContain(link);
    }
    expect(log.totals).toEqual({ queued: 0, sent: 3, failed: 0, skipped: 0 });
    for (const delivery of log.items) {
      const { mail } = onlyEmailTo(delivery.participant.externalId);
      expect(delivery).toMatchObject({ kind: 'suggestions', status: 'sent', attempts: 1 });
      expect(delivery.providerMessageId).toBe(mail.messageId);
    }
  });

  it('sends nothing new when triggered again with the same matches', async () => {
    const result = await sendSuggestions(app, eventId);
    expect(result.counts).toEqual({ queued: 0, skipped: 5 });
    expect(result.skipped).toEqual({ 'no-consent': 2, 'already-sent': 3 });
    await waitForNotificationsIdle(app);
    expect(smtp.received).toHaveLength(3);
    expect((await deliveries(app, eventId)).totals.sent).toBe(3);
  });

  it('sends one new e-mail to the participant whose partners changed, and only to them', async () => {
    await app
      .http()
      .put(`/events/${eventId}/participants/FR-NOUVEAU`)
      .send(
        frenchCompany({
          fullName: 'Inès Moreau',
          email: 'ines.moreau@example.fr',
          organisation: 'Gîtes et Sentiers du Vercors',
          organisationType: 'entreprise',
          themes: ['sustainable-tourism'],
          offers: 'Accompagnement à la labellisation de destinations de tourisme durable',
          needs: 'Circuits de randonnée chez l’habitant au Maroc',
          consentEmail: false,
        }),
      )
      .expect(201);
    // The registration updates the Moroccan lists in the background.
    const deadline = Date.now() + 20_000;
    while (
      !(await matchesOf('MA-TALIOUINE', 'fr')).some((m) => m.partner.externalId === 'FR-NOUVEAU')
    ) {
      if (Date.now() > deadline) throw new Error('FR-NOUVEAU never entered the list');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    const result = await sendSuggestions(app, eventId);
    expect(result.counts).toEqual({ queued: 1, skipped: 5 });
    expect(result.skipped).toEqual({ 'no-consent': 3, 'already-sent': 2 });
    await smtp.waitForCount(4);
    await waitForDeliveries(app, eventId);
    const latest = smtp.received[3];
    expect(latest.to).toBe(EMAIL_OF('MA-TALIOUINE'));
    expect(latest.mail.text).toContain('Gîtes et Sentiers du Vercors');
    await waitForNotificationsIdle(app);
    expect(smtp.received).toHaveLength(4);
    const log = await deliveries(app, eventId);
    expect(log.totals).toEqual({ queued: 0, sent: 4, failed: 0, skipped: 0 });
  });

  it('previews the exact e-mail, with what participants typed escaped', async () => {
    const preview = await app
      .http()
      .get(`/events/${eventId}/notifications/preview/MA-TALIOUINE?kind=suggestions`)
      .expect(200);
    expect(preview.headers['content-type']).toMatch(/^text\/html; charset=utf-8/);
    expect(preview.text).toContain('Atelier &lt;script&gt;');
    expect(preview.text).not.toMatch(/<script/i);
    expect(preview.text).not.toContain('<b>Martin');
    // The e-mail MA-TALIOUINE last received, but for its unsubscribe link (disabled here).
    const sent = smtp.to(EMAIL_OF('MA-TALIOUINE')).at(-1)!;
    const sentHtml = String(sent.mail.html).replace(/\r\n/g, '\n');
    expect(preview.text.replace(/\r\n/g, '\n')).toBe(
      sentHtml.replace(unsubscribeLink(sent), `${LINKS_BASE}/unsubscribe/preview-link-disabled`),
    );

    const text = await app
      .http()
      .get(`/events/${eventId}/notifications/preview/FR-ECRINS?format=text`)
      .expect(200);
    expect(text.headers['content-type']).toMatch(/^text\/plain/);
    expect(text.text).toContain('Hello Claire Dubois,');

    await app.http().get(`/events/${eventId}/notifications/preview/NOBODY`).expect(404);
    const unknownKind = await app
      .http()
      .get(`/events/${eventId}/notifications/preview/MA-TALIOUINE?kind=newsletter`)
      .expect(400);
    expect(unknownKind.body.errors[0].field).toBe('kind');
  });

  it('opening the link (GET or HEAD, as mail scanners do) changes nothing and asks to confirm', async () => {
    const email = onlyEmailTo('FR-RISQUES');
    const header = (name: string) =>
      email.mail.headerLines.find((line) => line.key === name)?.line.replace(/\r?\n\s+/g, ' ');
    expect(header('list-unsubscribe-post')).toBe(
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    );
    expect(header('list-unsubscribe')).toBe(`List-Unsubscribe: <${unsubscribeLink(email)}>`);
    const link = unsubscribeLink(email);
    await request(app.app.getHttpServer()).head(link.slice(LINKS_BASE.length)).expect(200);
    const page = await click(link).expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['cache-control']).toBe('no-store');
    expect(page.text).toContain('Ne plus recevoir d’e-mails ?');
    expect(page.text).toContain('Stop receiving e-mails?');
    // One form posting back to this very URL, allowed by the page's CSP.
    expect(page.text).toMatch(/<form method="post"[^>]*>/);
    expect(page.text).not.toMatch(/<form[^>]* action=/);
    const policy = page.headers['content-security-policy'];
    expect(policy).toContain("form-action 'self'");
    expect(policy).toContain("style-src 'unsafe-inline'");
    expect(policy).not.toContain('upgrade-insecure-requests');
    expect(policy).not.toContain('script-src');
    expect(await consentOf('FR-RISQUES')).toBe(true);
  });

  it('unsubscribes on the one-click POST, after which the next mailing skips them', async () => {
    const link = unsubscribeLink(onlyEmailTo('FR-RISQUES'));
    const page = await confirm(link).expect(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('Désinscription enregistrée');
    expect(page.text).toContain('You have been unsubscribed');
    expect(await consentOf('FR-RISQUES')).toBe(false);
    await confirm(link).expect(200); // a second click confirms again
    await request(app.app.getHttpServer()).post(link.slice(LINKS_BASE.length)).expect(200);
    const again = await click(link).expect(200);
    expect(again.text).toContain('Vous êtes déjà désinscrit(e)');
    expect(again.text).not.toContain('<form');

    const result = await sendSuggestions(app, eventId, { dryRun: true });
    expect(result.report!.find((line) => line.externalId === 'FR-RISQUES')).toMatchObject({
      status: 'skipped',
      reason: 'no-consent',
    });
    expect(result.skipped['no-consent']).toBe(4);
  });

  it('thanks someone who reads English only in English first, or as their browser asks', async () => {
    // FR-ECRINS reads English only; the unsubscribe link works for a mailing already sent.
    const link = unsubscribeLink(onlyEmailTo('FR-ECRINS'));
    const before = await app.http().get(`/events/${eventId}/participants/FR-ECRINS`);
    const asked = await click(link).set('Accept-Language', 'fr-FR,fr;q=0.9').expect(200);
    expect(asked.text).toMatch(/<html lang="fr"/);
    const page = await confirm(link).expect(200);
    expect(page.text).toMatch(/<html lang="en"/);
    expect(page.text.indexOf('You have been unsubscribed')).toBeLessThan(
      page.text.indexOf('Désinscription enregistrée'),
    );
    // Give the consent back, as the participant would on the registration site.
    await app
      .http()
      .put(`/events/${eventId}/participants/FR-ECRINS`)
      .send({ ...PARTICIPANTS['FR-ECRINS'], consentEmail: before.body.consentEmail })
      .expect(200);
  });

  it('answers a forged or truncated link with the same styled page, saying so, and changes nothing', async () => {
    const link = unsubscribeLink(onlyEmailTo('FR-ECRINS'));
    const token = link.split('/').at(-1)!;
    const tamper = (at: number) =>
      token.slice(0, at) + (token[at] === 'A' ? 'B' : 'A') + token.slice(at + 1);
    for (const forged of [tamper(25), tamper(60)]) {
      for (const open of [click, confirm]) {
        const refused = await open(`${LINKS_BASE}/unsubscribe/${forged}`).expect(404);
        expect(refused.headers['content-type']).toMatch(/^text\/html/);
        expect(refused.text).toContain('Lien non valide');
        expect(refused.text).toContain('Invalid link');
        expect(refused.text).not.toContain('<form');
      }
    }
    for (const open of [click, confirm]) {
      const truncated = await open(`${LINKS_BASE}/unsubscribe/${token.slice(0, 40)}`).expect(400);
      expect(truncated.headers['content-type']).toMatch(/^text\/html/);
      expect(truncated.text).toContain('Lien incomplet');
      expect(truncated.text).toContain('Incomplete link');
    }
    // An API client asking for JSON gets the common error body.
    const json = await click(`${LINKS_BASE}/unsubscribe/${token.slice(0, 40)}`)
      .set('Accept', 'application/json')
      .expect(400);
    expect(json.body).toMatchObject({ statusCode: 400, errors: [{ field: 'token' }] });
    const forgedJson = await click(`${LINKS_BASE}/unsubscribe/${tamper(60)}`)
      .set('Accept', 'application/json')
      .expect(404);
    expect(forgedJson.body).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'This unsubscribe link is not valid',
    });
    expect(await consentOf('FR-ECRINS')).toBe(true);
  });

  it('writes to the listed participants only', async () => {
    const result = await sendSuggestions(app, eventId, {
      participants: ['FR-ECRINS', 'MA-IFRANE'],
      dryRun: true,
    });
    expect(result.report!.map((line) => [line.externalId, line.status, line.reason])).toEqual([
      ['FR-ECRINS', 'skipped', 'already-sent'],
      ['MA-IFRANE', 'skipped', 'no-consent'],
    ]);
  });

  it('refuses bad requests, naming the field', async () => {
    const post = (body: object, event = eventId) =>
      app.http().post(`/events/${event}/notifications/suggestions`).send(body);
    const fields = async (body: object) =>
      ((await post(body).expect(400)).body.errors as { field: string }[]).map((e) => e.field);
    expect(await fields({ limit: 0 })).toEqual(['limit']);
    expect(await fields({ limit: 21 })).toEqual(['limit']);
    expect(await fields({ participants: [] })).toEqual(['participants']);
    expect(await fields({ participants: ['NOBODY', 'FR-ECRINS'] })).toEqual(['participants']);
    expect(await fields({ dryRun: 'yes' })).toEqual(['dryRun']);
    expect(await fields({ subject: 'Hi' })).toEqual(['subject']);
    await post({}, 'no-such-event').expect(404);
    const fresh = await createEvent(app);
    const early = await post({}, fresh.id).expect(409);
    expect(early.body.message).toMatch(/Matching has not run/);
    const listing = await app
      .http()
      .get(`/events/${eventId}/notifications/deliveries?status=lost`)
      .expect(400);
    expect(listing.body.errors[0].field).toBe('status');
    await app.http().get(`/events/${eventId}/notifications/deliveries?cursor=abc`).expect(400);
  });

  it("pages through the event's delivery log by cursor, and never shows another event's", async () => {
    const all = await deliveries(app, eventId, '?limit=200');
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof deliveries>> = await deliveries(
        app,
        eventId,
        `?limit=1${cursor ? `&cursor=${cursor}` : ''}`,
      );
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(all.items.map((item) => item.id));
    expect(new Set(seen).size).toBe(4);
    expect((await deliveries(app, eventId, '?status=failed')).items).toEqual([]);
    expect((await deliveries(app, eventId, '?status=sent&kind=suggestions')).items).toHaveLength(4);

    const other = await createEvent(app);
    const foreign = await deliveries(app, other.id);
    expect(foreign.items).toEqual([]);
    expect(foreign.totals).toEqual({ queued: 0, sent: 0, failed: 0, skipped: 0 });
  });

  it('documents the e-mail endpoints in the OpenAPI document', async () => {
    const json = (await app.http().get('/docs-json').expect(200)).body;
    expect(Object.keys(json.paths)).toEqual(
      expect.arrayContaining([
        '/events/{eventId}/notifications/suggestions',
        '/events/{eventId}/notifications/preview/{externalId}',
        '/events/{eventId}/notifications/deliveries',
        '/unsubscribe/{token}',
      ]),
    );
    const body = json.components.schemas.SendSuggestionsDto;
    expect(Object.keys(body.properties).sort()).toEqual(['dryRun', 'limit', 'participants']);
    expect(json.components.schemas.DeliveryDto.properties.status.enum).toEqual([
      'queued',
      'sent',
      'failed',
      'skipped',
    ]);
    const preview = json.paths['/events/{eventId}/notifications/preview/{externalId}'].get;
    expect(Object.keys(preview.responses['200'].content)).toContain('text/html');
  });

  it('erases the delivery rows of an erased participant', async () => {
    await app.http().delete(`/events/${eventId}/participants/MA-TALIOUINE`).expect(204);
    const log = await deliveries(app, eventId);
    expect(log.items.map((item) => item.participant.externalId).sort()).toEqual([
      'FR-ECRINS',
      'FR-RISQUES',
    ]);
    const [{ rows }] = await app.dataSource.query(
      `SELECT count(*)::int AS rows FROM email_delivery d
        WHERE NOT EXISTS (SELECT 1 FROM participant p WHERE p.id = d.participant_id)`,
    );
    expect(rows).toBe(0);
  });

  it('says an old link no longer applies once its registration was erased, even after registering again', async () => {
    // MA-TALIOUINE was erased above; their old e-mail still holds the link.
    const link = unsubscribeLink(smtp.to(EMAIL_OF('MA-TALIOUINE'))[0]);
    await app
      .http()
      .put(`/events/${eventId}/participants/MA-TALIOUINE`)
      .send(PARTICIPANTS['MA-TALIOUINE'])
      .expect(201);
    expect(await consentOf('MA-TALIOUINE')).toBe(true);
    const opened = await click(link).expect(410);
    expect(opened.text).toContain('Ce lien ne s’applique plus');
    expect(opened.text).toContain('This link no longer applies');
    expect(opened.text).not.toContain('<form');
    const posted = await confirm(link).expect(410);
    expect(posted.text).toContain('This link no longer applies');
    expect(posted.text).not.toContain('Désinscription enregistrée');
    expect(await consentOf('MA-TALIOUINE')).toBe(true);
  });
});

function escapeHtml(text: string): string {
  const entities: Record<string, string> = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#x27;',
    '`': '&#x60;',
    '=': '&#x3D;',
  };
  return text.replace(/[&<>"'`=]/g, (character) => entities[character]);
}

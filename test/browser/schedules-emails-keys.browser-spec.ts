import { jest } from '@jest/globals';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEvent, importSampleEvent } from '../support/factories.js';
import { waitForJob } from '../support/jobs.js';
import { TEST_ADMIN_KEY } from '../support/test-keys.js';
import {
  ConsoleSession,
  expectAccessible,
  openConsole,
  signIn,
} from './support/console-browser.js';

// A real browser, a real solver and a real mailing on a shared 2-core machine.
jest.setTimeout(180_000);

interface Person {
  externalId: string;
  fullName: string;
  organisation: string;
}

/** The second half of an organiser's day: schedule, publish, files, e-mails; then the keys. */
describe("The organiser's afternoon in the console", () => {
  let session: ConsoleSession;
  let outbox: string;
  let eventId: string;
  let pair: [Person, Person];
  let scheduleUrl: string;

  beforeAll(async () => {
    outbox = await mkdtemp(join(tmpdir(), 'montagne-match-console-outbox-'));
    session = await openConsole({ smtpUrl: null, mailOutboxDir: outbox, mailRatePerMinute: 0 });
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const { service } = session;
    eventId = (
      await createEvent(service, {
        name: 'Rencontres de l’après-midi',
        startsOn: '2026-05-20',
        endsOn: '2026-05-21',
        timezone: 'Africa/Casablanca',
        settings: { organiserName: 'Tétraktys', organiserEmail: 'rdv@tetraktys.example.org' },
      })
    ).id;
    await importSampleEvent(service, eventId);
    const run = await service.http().post(`/events/${eventId}/matching/runs`).expect(202);
    expect((await waitForJob(service, run.body.jobId, 90_000)).state).toBe('completed');
    const page = await service
      .http()
      .get(`/events/${eventId}/participants`)
      .query({ limit: 50 })
      .expect(200);
    const consenting = (
      page.body.items as (Person & { consentMatching: boolean; consentEmail: boolean })[]
    ).filter((person) => person.consentMatching && person.consentEmail);
    pair = [consenting[0], consenting[1]];
    await signIn(session.page, session.baseUrl, TEST_ADMIN_KEY);
    await session.page.waitForURL(/\/console\/events$/);
  }, 150_000);

  afterAll(async () => {
    await session.close();
    await rm(outbox, { recursive: true, force: true });
  });

  it('builds a schedule with a must-meet pair picked by name, and shows its grid and gap', async () => {
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}/console/events/${eventId}/schedules`);
    await page.getByRole('heading', { name: 'Nouveau planning' }).waitFor();
    await expectAccessible(page);

    await page.getByLabel('Nombre de tours').fill('4');
    await page.getByLabel('Nombre de tables').fill('12');
    await page.getByLabel(/Début du premier tour/).fill('2026-05-20T14:00');
    for (const [position, person] of [
      ['première', pair[0]],
      ['seconde', pair[1]],
    ] as const) {
      await page
        .getByRole('combobox', { name: `Paires à faire se rencontrer : ${position} personne` })
        .fill(person.fullName.split(' ')[0]);
      await page
        .getByRole('option', { name: `${person.fullName} — ${person.organisation}` })
        .click();
    }
    await page
      .getByRole('button', { name: 'Ajouter la paire (Paires à faire se rencontrer)' })
      .click();
    await page.getByText(`${pair[0].fullName} ↔ ${pair[1].fullName}`).waitFor();

    // A double click asks for one solve: the second is refused by the page, not by a 409.
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && /\/schedules$/.test(request.url()))
        posts.push(request.url());
    });
    await page.getByRole('button', { name: 'Calculer le planning' }).dblclick();
    await page.waitForURL(/\/schedules\/[0-9a-f-]{36}$/);
    scheduleUrl = page.url();
    await page
      .getByRole('heading', { name: 'Grille des rendez-vous' })
      .waitFor({ timeout: 90_000 });
    expect(posts).toHaveLength(1);

    const grid = page.locator('table.schedule-grid');
    expect(await grid.locator('thead th').count()).toBe(13);
    expect(await grid.locator('tbody tr').count()).toBe(4);
    await grid.getByText('Tour 1', { exact: true }).waitFor();
    // Africa/Casablanca is UTC+1 on that day: the first round starts at 14:00 there.
    await grid.getByText(/^14:00–/).waitFor();
    const requested = grid.locator('td', { hasText: 'Demandé' });
    expect(await requested.count()).toBe(1);
    expect(await requested.textContent()).toContain(pair[0].fullName);
    expect(await requested.textContent()).toContain(pair[1].fullName);
    expect(await page.locator('[data-stat="Écart à la borne"]').textContent()).toMatch(
      /^\d+(,\d)? %$/,
    );
    expect(Number(await page.locator('[data-stat="Rendez-vous"]').textContent())).toBeGreaterThan(
      10,
    );
    await page.getByText(/personnes? sans rendez-vous/).waitFor();
    await expectAccessible(page);
    // The stats and the first rounds of the grid, under the fixed header.
    await page
      .getByRole('heading', { name: 'Qualité du planning' })
      .evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await page.mouse.wheel(0, -70);
    await page.screenshot({ path: 'docs/console-schedule-grid.png', fullPage: false });

    // On paper, one sheet per round and nothing of the screen.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.print-sheet').count()).toBe(4);
    expect(await page.locator('.print-sheet').first().isVisible()).toBe(true);
    expect(await grid.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.locator('.print-sheet').first().isVisible()).toBe(false);
  });

  it('lists it on the Schedules page with its gap, and opens it from there', async () => {
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}/console/events/${eventId}/schedules`);
    const list = page.getByRole('table', { name: 'Plannings de l’événement' });
    const row = list.locator('tbody tr');
    await row.first().waitFor();
    expect(await row.count()).toBe(1);
    const cells = await row.locator('td').allTextContents();
    expect(cells[1]).toBe('Calculé, pas encore publié');
    expect(cells[4]).toMatch(/^\d+(,\d)? %$/);
    await expectAccessible(page);
    await row.getByRole('link', { name: /^Ouvrir le planning du / }).click();
    await page.waitForURL(scheduleUrl);
    await page.getByRole('heading', { name: 'Grille des rendez-vous' }).waitFor();
    expect(await page.locator('[data-stat="Écart à la borne"]').textContent()).toBe(cells[4]);
  });

  it('publishes it and downloads the room CSV and an agenda .ics', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Publier le planning' }).click();
    await page.getByText(/^Publié — publié le/).waitFor();

    const [csv, csvFile] = await Promise.all([
      page.waitForResponse((response) => /\.csv\?lang=fr$/.test(response.url())),
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger le CSV de la salle' }).click(),
    ]);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
    const csvText = await readFile((await csvFile.path())!, 'utf8');
    const firstLine = csvText.replace(/^\uFEFF/, '').split(/\r?\n/)[0];
    expect(firstLine.split(';').slice(0, 2)).toEqual(['Date', 'Tour']);

    await page.getByRole('combobox', { name: 'Agenda de' }).fill(pair[0].fullName);
    await page.getByRole('option', { name: pair[0].fullName, exact: true }).click();
    const [ics, download] = await Promise.all([
      page.waitForResponse((response) => /\.ics\?lang=fr$/.test(response.url())),
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Télécharger l’agenda (.ics)' }).click(),
    ]);
    expect(ics.headers()['content-type']).toMatch(/^text\/calendar/);
    const icsText = await readFile((await download.path())!, 'utf8');
    expect(icsText.split(/\r?\n/)[0]).toBe('BEGIN:VCALENDAR');
    expect(icsText).toContain(pair[1].fullName);
    expect(download.suggestedFilename()).toBe(`${pair[0].externalId}.ics`);
    await expectAccessible(page);
  });

  it('previews, dry-runs and sends the agendas, then reads the delivery log', async () => {
    const { page } = session;
    await page.getByRole('link', { name: 'Envoyer les agendas par e-mail' }).click();
    await page.getByRole('heading', { name: 'E-mails aux participants' }).waitFor();
    expect(await page.getByLabel('Planning publié (identifiant)').inputValue()).toBe(
      scheduleUrl.split('/').pop(),
    );

    await page
      .getByRole('combobox', { name: 'Participant à prévisualiser' })
      .fill(pair[0].fullName);
    await page
      .getByRole('option', { name: `${pair[0].fullName} — ${pair[0].organisation}` })
      .click();
    await page.getByRole('button', { name: 'Afficher l’aperçu' }).click();
    const preview = page.frameLocator('iframe[title="Aperçu de l’e-mail"]');
    await preview.getByText(pair[1].fullName).first().waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Simuler l’envoi' }).click();
    const summary = page.getByText(/^Simulation : \d+ e-mails partiraient/);
    await summary.waitFor({ timeout: 60_000 }).catch(async (error) => {
      await page.screenshot({ path: '/tmp/c2-dry.png', fullPage: true });
      throw error;
    });
    const wouldSend = Number(/(\d+) e-mails/.exec((await summary.textContent())!)![1]);
    expect(wouldSend).toBeGreaterThan(10);
    await page.getByRole('cell', { name: `${pair[0].fullName} (${pair[0].externalId})` }).waitFor();
    await expectAccessible(page);
    expect((await readdir(outbox)).filter((file) => file.endsWith('.eml'))).toHaveLength(0);

    await page.getByRole('button', { name: 'Envoyer…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Envoyer les e-mails ?' });
    await dialog.getByText(`${wouldSend} e-mails vont partir`).waitFor();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Envoyer maintenant' }).click();
    await page.getByText('Préparation de l’envoi — Terminé').waitFor({ timeout: 60_000 });

    const totals = page.getByTestId('delivery-totals');
    // The log follows the e-mails until none waits; the outbox has them all.
    await totals
      .filter({ hasText: / en file : 0 / })
      .filter({ hasNotText: /^Envoyés : 0 / })
      .waitFor({
        timeout: 120_000,
      });
    expect(await totals.textContent()).toBe(
      `Envoyés : ${wouldSend} · en file : 0 · échecs : 0 · ignorés : 0`,
    );
    expect((await readdir(outbox)).filter((file) => file.endsWith('.eml'))).toHaveLength(wouldSend);

    await page.getByRole('combobox', { name: 'Statut' }).click();
    await page.getByRole('option', { name: 'Échec' }).click();
    await page.getByText('Aucun e-mail pour ces critères.').waitFor();
    await page.getByRole('combobox', { name: 'Statut' }).click();
    await page.getByRole('option', { name: 'Envoyé' }).click();
    await page
      .getByRole('cell', { name: /Agenda des rendez-vous/ })
      .first()
      .waitFor();
    expect(await page.getByRole('button', { name: 'Page suivante' }).count()).toBe(
      wouldSend > 25 ? 1 : 0,
    );
    await expectAccessible(page);
    await page.screenshot({ path: 'docs/console-emails.png', fullPage: false });
  }, 300_000);

  it('issues a key, shows its secret once with a copy button, and revokes it', async () => {
    const { page, baseUrl, service } = session;
    await page.goto(`${baseUrl}/console/events/${eventId}/keys`);
    await page.getByRole('heading', { name: 'Clés d’API' }).waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Émettre une clé' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nouvelle clé : copiez-la maintenant' });
    const secret = (await dialog.getByTestId('new-key').textContent())!.trim();
    expect(secret.length).toBeGreaterThan(20);
    await dialog.getByRole('button', { name: 'Copier la clé' }).click();
    await dialog.getByRole('button', { name: 'Copiée' }).waitFor();
    expect(
      await page.evaluate(() =>
        (
          Reflect.get(globalThis, 'navigator') as { clipboard: { readText(): Promise<string> } }
        ).clipboard.readText(),
      ),
    ).toBe(secret);
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'J’ai conservé la clé' }).click();
    await service
      .as(secret)
      .get(`/events/${eventId}/participants/${pair[0].externalId}`)
      .expect(200);

    const prefix = (await page.locator('tbody code').allTextContents())
      .map((text) => text.replace('…', ''))
      .find((start) => secret.startsWith(start))!;
    expect(prefix).toBeTruthy();
    await page.getByRole('button', { name: `Révoquer la clé ${prefix}` }).click();
    const confirm = page.getByRole('dialog', { name: 'Révoquer cette clé ?' });
    await confirm.getByRole('button', { name: 'Révoquer la clé' }).click();
    await page
      .getByRole('row')
      .filter({ hasText: prefix })
      .getByText(/^Révoquée le/)
      .waitFor();
    await service
      .as(secret)
      .get(`/events/${eventId}/participants/${pair[0].externalId}`)
      .expect(401);
    await expectAccessible(page);
    expect(session.pageErrors).toEqual([]);
  });
});

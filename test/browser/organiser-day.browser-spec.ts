import { jest } from '@jest/globals';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { TEST_ADMIN_KEY } from '../support/test-keys.js';
import {
  ConsoleSession,
  expectAccessible,
  openConsole,
  signIn,
} from './support/console-browser.js';

// A real browser on a shared 2-core machine: pages take seconds, not milliseconds.
jest.setTimeout(180_000);

const SAMPLE = new URL('../fixtures/sample-event-200.csv', import.meta.url);
const BAD_EMAIL = 'pas-une-adresse';

/** Screenshots for the README's Console section, at the 1280 px laptop width. */
async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `docs/console-${name}.png`, fullPage: false });
}

// The first half of an organiser's day, from /console only: create the event, import the
// sample with one bad row, fix it and import again, run matching, read a participant's
// suggestions with their reasons. axe checks every page on the way.
describe('An organiser’s day in the console', () => {
  let session: ConsoleSession;
  let page: Page;
  let folder: string;
  beforeAll(async () => {
    session = await openConsole();
    page = session.page;
    folder = await mkdtemp(join(tmpdir(), 'console-day-'));
  });
  afterAll(() => session.close());

  it('creates the event and shows its keys once', async () => {
    await signIn(page, session.baseUrl, TEST_ADMIN_KEY);
    await page.getByRole('link', { name: 'Créer un événement' }).click();
    await page.getByRole('heading', { name: 'Nouvel événement' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('textbox', { name: /^Nom\s*\*?$/ }).fill('Rencontres de la Montagne 2026');
    await page.getByLabel('Identifiant (slug)').fill('rencontres-2026');
    await page.getByLabel('E-mail des organisateurs').fill('pas-un-email');
    await page.getByRole('button', { name: 'Créer l’événement' }).click();
    // The service's reason appears next to the field, and what was typed stays.
    await page.getByText('organiserEmail must be a valid e-mail address').waitFor();
    expect(await page.getByRole('textbox', { name: /^Nom\s*\*?$/ }).inputValue()).toBe(
      'Rencontres de la Montagne 2026',
    );
    await expectAccessible(page);
    await page.getByLabel('E-mail des organisateurs').fill('rencontres@example.org');
    await page.getByRole('button', { name: 'Créer l’événement' }).click();
    await page.getByRole('heading', { name: 'Événement créé' }).waitFor();
    const organiserKey = await page.getByLabel('Clé organisateur').inputValue();
    expect(organiserKey).toMatch(/^mmo_/);
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Ouvrir l’événement' }).click();
    await page.getByRole('heading', { name: 'Tableau de bord' }).waitFor();
    await expectAccessible(page);
  });

  it('imports the sample with one bad row, shows it, and imports the fixed file', async () => {
    const original = await readFile(SAMPLE, 'utf8');
    const broken = original.replace('n.benali@example.fr', BAD_EMAIL);
    expect(broken).not.toBe(original);
    await writeFile(join(folder, 'inscriptions.csv'), broken);
    await writeFile(join(folder, 'inscriptions-corrigees.csv'), original);

    await page.getByRole('link', { name: 'Import' }).click();
    await page.getByRole('heading', { name: 'Importer des inscriptions' }).waitFor();
    await expectAccessible(page);
    await page.locator('input[type=file]').setInputFiles(join(folder, 'inscriptions.csv'));
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    await page.getByText('Rejetés : 1').waitFor({ timeout: 90_000 });
    await page.getByText('Créés : 199').waitFor();
    const rejected = page.getByRole('row').filter({ hasText: 'RFMM-0002' });
    await rejected.waitFor();
    expect(await rejected.textContent()).toContain('email');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Télécharger les lignes rejetées (CSV)' }).click();
    const saved = await (await download).path();
    expect(await readFile(saved, 'utf8')).toContain('"RFMM-0002";"email"');
    await expectAccessible(page);
    await screenshot(page, 'import');

    await page
      .locator('input[type=file]')
      .setInputFiles(join(folder, 'inscriptions-corrigees.csv'));
    await page.getByRole('button', { name: 'Importer', exact: true }).click();
    await page.getByText('Créés : 1 · Mis à jour : 0 · Inchangés : 199 · Rejetés : 0').waitFor({
      timeout: 90_000,
    });
    await page.getByText('Aucune ligne rejetée.').waitFor();
  });

  it('runs matching with a live progress bar and lists the run in the history', async () => {
    await page.getByRole('link', { name: 'Mise en relation' }).click();
    await page.getByRole('heading', { name: 'Historique des calculs' }).waitFor();
    await page.getByText('Aucun calcul pour l’instant.').waitFor();
    await expectAccessible(page);
    const start = page.getByRole('button', { name: 'Lancer un calcul des suggestions' });
    // A double click starts one run, not two.
    await start.dblclick();
    await page.getByRole('progressbar', { name: 'Calcul des suggestions' }).waitFor();
    await page.getByText('Calcul des suggestions — Terminé').waitFor({ timeout: 120_000 });
    await page.getByRole('row').filter({ hasText: 'en vigueur' }).waitFor();
    // The header and one run: the double click did not start a second.
    const history = page.getByRole('table', { name: 'Historique des calculs' });
    expect(await history.getByRole('row').count()).toBe(2);
    await page.getByText(/participant\(s\) sous le seuil/).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'matching');
  });

  it('finds a participant and reads their suggestions with the reasons', async () => {
    await page.getByRole('link', { name: 'Participants' }).click();
    await page.getByText('200 participant(s)').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'participants');
    await page.getByLabel('Rechercher (nom, organisation, e-mail, identifiant)').fill('RFMM-0002');
    await page.getByText('1 participant(s)').waitFor();
    await page.getByRole('link', { name: 'Nicolas Benali' }).click();
    await page.getByRole('heading', { name: 'Suggestions de partenaires' }).waitFor();
    await page.getByText(/^1\. /).first().waitFor();
    // Every suggestion is explained; the French reasons switch to English.
    const reasons = page.locator('li');
    expect(await reasons.count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await screenshot(page, 'participant');
    const french = await reasons.first().textContent();
    await page.getByRole('group', { name: 'Langue des raisons' }).getByText('EN').click();
    await page.waitForFunction(
      `document.querySelector('li')?.textContent !== ${JSON.stringify(french)}`,
    );
  });

  it('shows the dashboard with the figures of the day', async () => {
    await page.getByRole('link', { name: 'Tableau de bord' }).click();
    await page.getByRole('figure', { name: 'Par pays' }).waitFor();
    await page.getByText('Calcul en vigueur').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'dashboard');
    await page.getByRole('link', { name: 'Paramètres' }).click();
    await page.getByRole('heading', { name: 'Paramètres de l’événement' }).waitFor();
    await expectAccessible(page);
    expect(session.pageErrors).toEqual([]);
  });
});

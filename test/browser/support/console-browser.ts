import { AxeBuilder } from '@axe-core/playwright';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { AppConfig } from '../../../src/config/app-config.js';
import { startTestApp, TestApp } from '../../support/test-app.js';

/** Debian's Chromium (`apt-get install chromium`); no browser is ever downloaded. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ConsoleSession {
  service: TestApp;
  /** http://127.0.0.1:<port> of the real service, console included. */
  baseUrl: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Errors the page logged (a CSP refusal, an uncaught exception): a test expects none. */
  pageErrors: string[];
  close: () => Promise<void>;
}

/** The whole service on a port of its own, and a 1280 px Chromium page in French. */
export async function openConsole(overrides: Partial<AppConfig> = {}): Promise<ConsoleSession> {
  const service = await startTestApp(overrides);
  await service.app.listen(0, '127.0.0.1');
  const { port } = service.app.getHttpServer().address() as AddressInfo;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'fr-FR',
    timezoneId: 'UTC',
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // Answers the tests expect (a 401 for a wrong key) are logged as "Failed to load resource";
  // anything else logged as an error (a CSP refusal, a React error) is a defect.
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' && !text.startsWith('Failed to load resource')) {
      pageErrors.push(text);
    }
  });
  return {
    service,
    baseUrl: `http://127.0.0.1:${port}`,
    browser,
    context,
    page,
    pageErrors,
    close: async () => {
      await browser.close();
      await service.close();
    },
  };
}

/** axe-core on the page as it is now: no serious or critical violation, listed if any. */
export async function expectAccessible(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const severe = violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    );
  expect({ url: page.url(), severe }).toEqual({ url: page.url(), severe: [] });
}

/** Pastes a key into the sign-in form, as an organiser would. */
export async function signIn(page: Page, baseUrl: string, key: string): Promise<void> {
  await page.goto(`${baseUrl}/console/sign-in`);
  await page.getByLabel('Clé d’API').fill(key);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

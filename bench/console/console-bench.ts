import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import type { Page } from 'playwright-core';
import type { BenchOptions } from '../cli/bench-options.js';
import { generateEvent } from '../generator/generate-event.js';
import { codeVersion } from '../report/machine.js';
import { benchResources, removeBenchResources } from '../service/bench-resources.js';
import { ApiClient } from '../service/api-client.js';
import { createEvent, importParticipants } from '../service/load-event.js';
import {
  assertPortFree,
  BENCH_ADMIN_KEY,
  buildService,
  startService,
} from '../service/service-process.js';
import { onCleanup } from '../support/cleanup.js';
import { thousands } from '../support/format.js';
import { progress } from '../support/log.js';
import { waitForQuietMachine } from '../support/quiet-machine.js';
import type { ConsoleResults } from './console-section.js';
import { timeNavigation } from './page-timing.js';
import { weighFirstLoad } from './page-weight.js';

/** Debian's Chromium, as the browser tests use it; no browser is ever downloaded. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RUNS = 5;

/**
 * The console's budgets (issue 12): the weight of its first load, then the dashboard and the
 * participants table of an event of `--service-size` participants (imported, not matched),
 * timed from navigation until their data is on screen, in Chromium at 1280 px.
 */
export async function runConsoleBench(options: BenchOptions): Promise<ConsoleResults> {
  const stamp = Date.now();
  const resources = benchResources(stamp);
  await assertPortFree(options.port);
  const code = codeVersion();
  await buildService(); // `npm run build` builds the console into dist/console too
  onCleanup(`drop database and queues of ${resources.queuePrefix}`, () =>
    removeBenchResources(resources),
  );
  const service = await startService(resources, options.port);
  onCleanup('stop the service', () => service.stop());
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  onCleanup('close Chromium', () => browser.close());
  const newPage = async (): Promise<Page> => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'fr-FR',
      timezoneId: 'UTC',
    });
    return context.newPage();
  };

  progress('console: weighing the first load of /console/');
  const weight = await weighFirstLoad(await newPage(), `${service.baseUrl}/console/`);

  const size = options.serviceSize;
  const api = new ApiClient(service.baseUrl, BENCH_ADMIN_KEY);
  const event = await createEvent(api, `bench-console-${stamp}`);
  progress(`console: importing ${thousands(size)} participants`);
  const { profiles } = generateEvent({ size, seed: options.seed, groundTruth: false });
  const imported = await importParticipants(api, event.id, profiles);

  const page = await newPage();
  await page.goto(`${service.baseUrl}/console/sign-in`);
  await page.getByLabel('Clé d’API').fill(event.keys.organiser);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL(`**/console/events/${event.id}`);

  const eventUrl = `${service.baseUrl}/console/events/${event.id}`;
  const total = String(imported.counts.created);
  await waitForQuietMachine('the console timings', service.pids);
  const load = loadavg().map((value) => value.toFixed(2));
  progress('console: timing the dashboard');
  const dashboard = await timeNavigation(
    page,
    eventUrl,
    // The participants figure, counted by the service, is on screen.
    (p) => p.getByText(total, { exact: true }).first().waitFor({ state: 'visible' }),
    RUNS,
  );
  progress('console: timing the participants table');
  const participants = await timeNavigation(
    page,
    `${eventUrl}/participants`,
    (p) => p.locator('table tbody tr').first().waitFor({ state: 'visible' }),
    RUNS,
  );
  return { weight, size: imported.counts.created, dashboard, participants, load, code };
}

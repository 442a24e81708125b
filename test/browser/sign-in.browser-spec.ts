import { jest } from '@jest/globals';
import { TEST_ADMIN_KEY } from '../support/test-keys.js';
import {
  ConsoleSession,
  expectAccessible,
  openConsole,
  signIn,
} from './support/console-browser.js';

// A real browser on a shared 2-core machine: pages take seconds, not milliseconds.
jest.setTimeout(120_000);

describe('Signing in to the console', () => {
  let session: ConsoleSession;
  beforeAll(async () => (session = await openConsole()));
  afterAll(() => session.close());

  it('leads from / to the sign-in page, in French, accessible', async () => {
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}/`);
    await page.waitForURL(/\/console\/sign-in$/);
    await page.getByRole('heading', { name: 'Connexion' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    await expectAccessible(page);
  });

  it('says so when the key is unknown, and keeps the key out of the URL', async () => {
    const { page, baseUrl } = session;
    await signIn(page, baseUrl, 'not-a-key-of-this-service');
    await page.getByRole('alert').getByText('Cette clé est inconnue').waitFor();
    expect(page.url()).not.toContain('not-a-key');
    await expectAccessible(page);
  });

  it('opens the list of events with the admin key, keeps the key in sessionStorage only, and signs out', async () => {
    const { page, baseUrl, service } = session;
    await service
      .http()
      .post('/events')
      .send({ name: 'Rencontres test', slug: 'rencontres-test' })
      .expect(201);
    await signIn(page, baseUrl, TEST_ADMIN_KEY);
    await page.waitForURL(/\/console\/events$/);
    await page.getByRole('link', { name: 'Rencontres test' }).waitFor();
    await expectAccessible(page);

    const stored = await page.evaluate(() => ({
      session: JSON.stringify(Reflect.get(globalThis, 'sessionStorage')),
      local: JSON.stringify(Reflect.get(globalThis, 'localStorage')),
    }));
    expect(stored.session).toContain(TEST_ADMIN_KEY);
    expect(stored.local).not.toContain(TEST_ADMIN_KEY);

    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL(/\/console\/sign-in$/);
    expect(
      await page.evaluate(() => JSON.stringify(Reflect.get(globalThis, 'sessionStorage'))),
    ).not.toContain(TEST_ADMIN_KEY);
  });

  it('switches to English', async () => {
    const { page } = session;
    await page.getByText('English').click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByText('Français').click();
  });

  it('deep links under /console load the console, which asks for a key first', async () => {
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}/console/events/anything/participants`);
    await page.waitForURL(/\/console\/sign-in$/);
    expect(session.pageErrors).toEqual([]);
  });
});

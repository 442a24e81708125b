import { startTestApp, TestApp } from './support/test-app.js';

// An organiser's LAN install is reached over plain HTTP at an address that is not localhost;
// a CSP that upgrades every request to HTTPS would leave /docs blank there.
describe('The /docs page over plain HTTP', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ trustProxy: 'loopback' });
  });
  afterAll(() => app.close());

  it('asks no upgrade to HTTPS of a request that came over HTTP at a LAN address', async () => {
    const page = await app.as(null).get('/docs/').set('Host', '192.168.1.20:3000').expect(200);
    const policy = page.headers['content-security-policy'];
    expect(policy).toContain("default-src 'self'");
    expect(policy).not.toContain('upgrade-insecure-requests');
  });

  it('keeps the upgrade for requests that came over HTTPS through a trusted proxy', async () => {
    const page = await app
      .as(null)
      .get('/docs/')
      .set('Host', 'match.example.org')
      .set('X-Forwarded-Proto', 'https')
      .expect(200);
    expect(page.headers['content-security-policy']).toContain('upgrade-insecure-requests');
  });
});

import { ConfigError, loadConfig } from './app-config.js';

describe('loadConfig', () => {
  it('defaults to local PostgreSQL and Redis when nothing is set', () => {
    const config = loadConfig({});
    expect(config.databaseUrl).toBe('postgres://postgres@127.0.0.1:5432/montagne_match');
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379');
    expect(config.port).toBe(3000);
    expect(config.role).toBe('all');
  });

  it('reads typed values from the environment', () => {
    const config = loadConfig({ PORT: '8080', ROLE: 'worker', WORKER_CONCURRENCY: '4' });
    expect(config).toMatchObject({ port: 8080, role: 'worker', workerConcurrency: 4 });
  });

  it.each([
    ['PORT', 'abc', /^Invalid configuration: PORT must be an integer \(got "abc"\)$/],
    ['PORT', '70000', /PORT must be between 1 and 65535/],
    ['ROLE', 'both', /ROLE must be one of: all, api, worker/],
    ['DATABASE_URL', 'mysql://x/y', /DATABASE_URL must look like postgres:/],
    ['REDIS_URL', '127.0.0.1:6379', /REDIS_URL must look like redis:/],
    ['QUEUE_PREFIX', 'a:b', /QUEUE_PREFIX must be/],
    ['TRUST_PROXY', 'yes please', /TRUST_PROXY must be false, true/],
    ['METRICS_PORT', '70000', /METRICS_PORT must be between 1 and 65535/],
    [
      'METRICS_TOKEN',
      'short',
      /^Invalid configuration: METRICS_TOKEN must be at least 16 characters \(got 5 characters\)$/,
    ],
    // A secret is never echoed, even a wrong one.
    [
      'ADMIN_API_KEY',
      'short',
      /^Invalid configuration: ADMIN_API_KEY must be at least 16 characters \(got 5 characters\)$/,
    ],
  ])('refuses %s=%s with one line naming the variable', (name, value, expected) => {
    let error: unknown;
    try {
      loadConfig({ [name]: value });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).lines).toHaveLength(1);
    expect((error as ConfigError).lines[0]).toMatch(expected);
  });

  it('leaves metrics off unless METRICS_TOKEN and METRICS_PORT are set', () => {
    expect(loadConfig({})).toMatchObject({ metricsToken: null, metricsPort: null });
    expect(
      loadConfig({ METRICS_TOKEN: 'scrape-token-0123456789', METRICS_PORT: '9464' }),
    ).toMatchObject({ metricsToken: 'scrape-token-0123456789', metricsPort: 9464 });
  });

  it('reads TRUST_PROXY as Express expects it', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.0/8, 192.168.1.2' }).trustProxy).toBe(
      '10.0.0.0/8, 192.168.1.2',
    );
  });

  it('refuses to start in production with the development admin key', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/ADMIN_API_KEY must be set/);
    expect(
      loadConfig({ NODE_ENV: 'production', ADMIN_API_KEY: 'a-real-secret-0123456789' }).adminApiKey,
    ).toBe('a-real-secret-0123456789');
  });
});

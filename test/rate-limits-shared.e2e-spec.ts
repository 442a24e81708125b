import { randomUUID } from 'node:crypto';
import { dropDatabase } from '../src/database/ensure-database.js';
import {
  ServiceProcess,
  buildService,
  startProcess,
  waitForOutput,
} from './support/service-process.js';
import { TEST_ADMIN_KEY } from './support/test-keys.js';

const PER_ADDRESS = 10;
const PER_KEY = 4;

/** Two API processes behind one (imaginary) load balancer spend one budget, not two. */
describe('Rate limits across API processes', () => {
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `${url.pathname}_rl_${randomUUID().slice(0, 8)}`;
  const databaseUrl = url.toString();
  const ports = [0, 1].map(() => 20_000 + Math.floor(Math.random() * 20_000));
  let services: ServiceProcess[] = [];

  beforeAll(async () => {
    await buildService();
    const env = {
      DATABASE_URL: databaseUrl,
      HOST: '127.0.0.1',
      ROLE: 'api',
      QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}-rl-${randomUUID().slice(0, 8)}`,
      ADMIN_API_KEY: TEST_ADMIN_KEY,
      RATE_LIMIT_PER_IP: String(PER_ADDRESS),
      RATE_LIMIT_PER_KEY: String(PER_KEY),
    };
    // One after the other: the second finds the database already migrated.
    for (const port of ports) {
      const service = startProcess('main.js', { ...env, PORT: String(port) });
      services.push(service);
      await waitForOutput(service, 'API on http://127.0.0.1', 40_000);
    }
  }, 120_000);

  afterAll(async () => {
    services.forEach((service) => service.child.kill('SIGKILL'));
    await Promise.all(services.map((service) => service.exited));
    services = [];
    await dropDatabase(databaseUrl);
  });

  /** Sends `count` requests, alternating between the two processes. */
  async function alternate(count: number, key: string | null): Promise<Response[]> {
    const responses: Response[] = [];
    for (let i = 0; i < count; i++) {
      responses.push(
        await fetch(`http://127.0.0.1:${ports[i % 2]}/health`, {
          headers: key ? { Authorization: `Bearer ${key}` } : {},
        }),
      );
    }
    return responses;
  }

  it('counts a key and an address once for both processes, with the usual 429 body', async () => {
    const keyed = await alternate(2 * PER_KEY, TEST_ADMIN_KEY);
    const keyedStatuses = keyed.map((response) => response.status);
    // Each process alone would have allowed PER_KEY: together they allow PER_KEY in all.
    expect(keyedStatuses.filter((status) => status === 200)).toHaveLength(PER_KEY);
    expect(keyedStatuses.filter((status) => status === 429)).toHaveLength(PER_KEY);
    const refused = keyed.find((response) => response.status === 429)!;
    expect(await refused.json()).toEqual({
      statusCode: 429,
      error: 'Too Many Requests',
      message: 'Too many requests: slow down and retry in a minute',
    });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.headers.get('ratelimit-policy')).toBe(`${PER_KEY};w=60`);

    // The address budget counted those requests too, on both processes: what is left of it
    // is shared as well.
    const anonymous = await alternate(2 * PER_ADDRESS, null);
    const anonymousStatuses = anonymous.map((response) => response.status);
    expect(anonymousStatuses.filter((status) => status === 200)).toHaveLength(
      PER_ADDRESS - 2 * PER_KEY,
    );
    expect(anonymousStatuses.filter((status) => status === 429)).toHaveLength(
      2 * PER_ADDRESS - (PER_ADDRESS - 2 * PER_KEY),
    );
  });
});

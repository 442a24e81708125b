import { Redis } from 'ioredis';
import { readFile } from 'node:fs/promises';
import { createEvent } from './support/factories.js';
import { waitForJob } from './support/jobs.js';
import { databaseSnapshot } from './support/snapshot.js';
import { startTestApp, TestApp } from './support/test-app.js';

/** Every value stored under the app's queue prefix in Redis, as text. */
async function redisSnapshot(app: TestApp): Promise<string> {
  const redis = new Redis(app.config.redisUrl);
  const values: string[] = [];
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(
      cursor,
      'MATCH',
      `${app.config.queuePrefix}:*`,
      'COUNT',
      500,
    );
    for (const key of keys) {
      const type = await redis.type(key);
      if (type === 'hash') values.push(JSON.stringify(await redis.hgetall(key)));
      if (type === 'string') values.push((await redis.get(key)) ?? '');
      if (type === 'list') values.push(JSON.stringify(await redis.lrange(key, 0, -1)));
      if (type === 'zset') values.push(JSON.stringify(await redis.zrange(key, 0, -1)));
    }
    cursor = next;
  } while (cursor !== '0');
  redis.disconnect();
  return values.join('\n');
}

describe('GDPR erasure', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('leaves no trace of an erased person in PostgreSQL or Redis', async () => {
    const event = await createEvent(app);
    const csv = await readFile(new URL('./fixtures/participants-rfmm-2026.csv', import.meta.url));
    const accepted = await app
      .http()
      .post(`/events/${event.id}/imports`)
      .set('Content-Type', 'text/csv')
      .send(csv)
      .expect(202);
    await waitForJob(app, accepted.body.jobId);
    const traces = [
      'RFMM-002',
      'etienne.garnier@example.fr',
      'Garnier-Lefèvre',
      'Alpes Risques Ingénierie',
    ];
    const beforeErasure = await databaseSnapshot(app.dataSource);
    for (const trace of traces) expect(beforeErasure).toContain(trace);

    await app.http().delete(`/events/${event.id}/participants/RFMM-002`).expect(204);

    await app.http().get(`/events/${event.id}/participants/RFMM-002`).expect(404);
    const database = await databaseSnapshot(app.dataSource);
    const redis = await redisSnapshot(app);
    for (const trace of traces) {
      expect(database).not.toContain(trace);
      expect(redis).not.toContain(trace);
    }
    // Everyone else is still there, and the import report keeps its other rows.
    expect(database).toContain('fz.aitbenhaddou@example.ma');
    const report = await app
      .http()
      .get(`/events/${event.id}/imports/${accepted.body.importId}`)
      .expect(200);
    expect(report.body.errors.map((e: { row: number }) => e.row)).toEqual([9, 9, 10, 10, 11, 14]);
  });

  it('answers 404 when erasing someone who does not exist, and erases nothing', async () => {
    const event = await createEvent(app);
    const before = await databaseSnapshot(app.dataSource);
    await app.http().delete(`/events/${event.id}/participants/NOBODY`).expect(404);
    expect(await databaseSnapshot(app.dataSource)).toBe(before);
  });
});

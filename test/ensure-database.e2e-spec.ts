import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { loadConfig } from '../src/config/app-config.js';
import { ensureDatabase } from '../src/database/ensure-database.js';

/** An API and a worker started together on a fresh machine both create the database. */
describe('Creating the database at start-up', () => {
  const base = new URL(loadConfig(process.env).databaseUrl);
  const name = `montagne_match_race_${randomUUID().slice(0, 8)}`;
  const url = new URL(base);
  url.pathname = `/${name}`;

  afterAll(async () => {
    const maintenance = new URL(base);
    maintenance.pathname = '/postgres';
    const client = new pg.Client({ connectionString: maintenance.toString() });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)}`);
    await client.end();
  });

  it('lets several processes race to create it: one creates it, none fails', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, () => ensureDatabase(url.toString())),
    );
    expect(outcomes.filter((outcome) => outcome.created)).toHaveLength(1);
    expect(await ensureDatabase(url.toString())).toEqual({ created: false });
  });
});

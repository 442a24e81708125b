import pg from 'pg';
import { describeConnectionFailure } from './connection-errors.js';

/** Raised when PostgreSQL cannot be reached or refuses to create the database. */
export class DatabaseUnavailableError extends Error {}

/** duplicate_database, and unique_violation on pg_database's name index. */
const LOST_RACE_CODES = new Set(['42P04', '23505']);

/** Creates the database named in the URL if it does not exist yet (a fresh laptop has none). */
export async function ensureDatabase(databaseUrl: string): Promise<{ created: boolean }> {
  const target = new URL(databaseUrl);
  const name = decodeURIComponent(target.pathname.slice(1));
  const maintenance = new URL(databaseUrl);
  maintenance.pathname = '/postgres';
  const client = new pg.Client({
    connectionString: maintenance.toString(),
    connectionTimeoutMillis: 5_000,
  });
  try {
    await client.connect();
  } catch (error) {
    throw new DatabaseUnavailableError(describeConnectionFailure('PostgreSQL', databaseUrl, error));
  }
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (existing.rowCount) return { created: false };
    await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
    return { created: true };
  } catch (error) {
    // Two processes starting together (an API and a worker) may race to create it; the loser
    // finds it there, or trips over the catalogue's unique index while the winner commits.
    if (LOST_RACE_CODES.has((error as { code?: string }).code ?? '')) return { created: false };
    throw new DatabaseUnavailableError(
      `Cannot create database "${name}": ${(error as Error).message}`,
    );
  } finally {
    await client.end();
  }
}

/** Drops a database (used by the test suite to clean up after itself). */
export async function dropDatabase(databaseUrl: string): Promise<void> {
  const name = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
  const maintenance = new URL(databaseUrl);
  maintenance.pathname = '/postgres';
  const client = new pg.Client({ connectionString: maintenance.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

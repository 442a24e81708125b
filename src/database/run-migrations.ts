import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config.js';
import { dataSourceOptions } from './data-source-options.js';

// Any constant shared by every process of this service: api and worker may boot together.
const MIGRATION_LOCK_KEY = 727_001;

/** Runs pending migrations under an advisory lock so concurrent boots apply each once. */
export async function runPendingMigrations(
  config: Pick<AppConfig, 'databaseUrl' | 'dbPoolSize'>,
): Promise<string[]> {
  const dataSource = new DataSource({ ...dataSourceOptions(config), extra: { max: 1 } });
  await dataSource.initialize();
  try {
    await dataSource.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'all' });
    await dataSource.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    return applied.map((migration) => migration.name);
  } finally {
    await dataSource.destroy();
  }
}

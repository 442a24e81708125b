import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '../../migrations/index.js';
import type { AppConfig } from '../config/app-config.js';
import { ENTITIES } from './entities.js';

/** The one description of our database, shared by the app, the migration CLI and the tests. */
export function dataSourceOptions(config: Pick<AppConfig, 'databaseUrl' | 'dbPoolSize'>) {
  return {
    type: 'postgres',
    url: config.databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    // Schema changes go through reviewed migrations only.
    synchronize: false,
    extra: { max: config.dbPoolSize, connectionTimeoutMillis: 5_000 },
  } satisfies DataSourceOptions;
}

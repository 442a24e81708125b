import 'reflect-metadata';
import { ConfigError, loadConfig } from '../config/app-config.js';
import { ensureDatabase } from './ensure-database.js';
import { runPendingMigrations } from './run-migrations.js';

/** `npm run migration:run`: create the database if needed and apply pending migrations. */
async function main(): Promise<void> {
  const config = loadConfig();
  await ensureDatabase(config.databaseUrl);
  const applied = await runPendingMigrations(config);
  console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'No pending migration.');
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exit(1);
});

import { Logger } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { redactUrl } from '../database/connection-errors.js';
import { ensureDatabase } from '../database/ensure-database.js';
import { runPendingMigrations } from '../database/run-migrations.js';
import { checkRedis } from '../jobs/redis-connection.js';

/** Everything checked before Nest starts: Redis answers, the database exists and is migrated. */
export async function preflight(
  config: AppConfig,
  logger = new Logger('Preflight'),
): Promise<void> {
  await checkRedis(config.redisUrl);
  const { created } = await ensureDatabase(config.databaseUrl);
  if (created) logger.log(`Created database at ${redactUrl(config.databaseUrl)}`);
  const applied = await runPendingMigrations(config);
  if (applied.length) logger.log(`Applied migrations: ${applied.join(', ')}`);
}

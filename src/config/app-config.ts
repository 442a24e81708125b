import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { EnvSchema, LogLevel, Role } from './env.schema.js';

export interface AppConfig {
  databaseUrl: string;
  redisUrl: string;
  port: number;
  host: string;
  role: Role;
  queuePrefix: string;
  workerConcurrency: number;
  shutdownTimeoutMs: number;
  dbPoolSize: number;
  bodyLimitBytes: number;
  importLimitBytes: number;
  logLevel: LogLevel;
}

/** Nest injection token for the validated configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');

/** Raised when the environment holds a bad value; each line names one variable. */
export class ConfigError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

/** Reads and validates the environment once; unset or empty variables take their defaults. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const defined = Object.fromEntries(
    Object.keys(new EnvSchema())
      .filter((name) => env[name] !== undefined && env[name] !== '')
      .map((name) => [name, env[name]]),
  );
  const schema = plainToInstance(EnvSchema, defined);
  const errors = validateSync(schema, { stopAtFirstError: true });
  if (errors.length > 0) {
    throw new ConfigError(
      errors.map((error) => {
        const reason = Object.values(error.constraints ?? {})[0] ?? 'is invalid';
        return `Invalid configuration: ${reason} (got ${JSON.stringify(defined[error.property])})`;
      }),
    );
  }
  return {
    databaseUrl: schema.DATABASE_URL,
    redisUrl: schema.REDIS_URL,
    port: schema.PORT,
    host: schema.HOST,
    role: schema.ROLE,
    queuePrefix: schema.QUEUE_PREFIX,
    workerConcurrency: schema.WORKER_CONCURRENCY,
    shutdownTimeoutMs: schema.SHUTDOWN_TIMEOUT_MS,
    dbPoolSize: schema.DB_POOL_SIZE,
    bodyLimitBytes: schema.BODY_LIMIT_BYTES,
    importLimitBytes: schema.IMPORT_LIMIT_BYTES,
    logLevel: schema.LOG_LEVEL,
  };
}

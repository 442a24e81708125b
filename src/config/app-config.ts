import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { DEV_ADMIN_API_KEY, EnvSchema, LogLevel, Role } from './env.schema.js';

export interface AppConfig {
  databaseUrl: string;
  redisUrl: string;
  port: number;
  host: string;
  role: Role;
  queuePrefix: string;
  workerConcurrency: number;
  shutdownTimeoutMs: number;
  /** How long a job stays with a worker that stopped renewing its lock (crashed, killed). */
  jobLockDurationMs: number;
  dbPoolSize: number;
  bodyLimitBytes: number;
  importLimitBytes: number;
  logLevel: LogLevel;
  nodeEnv: string;
  /** null: e-mails are written to `mailOutboxDir` instead of being sent. */
  smtpUrl: string | null;
  mailFrom: string;
  replyTo: string | null;
  mailOutboxDir: string;
  /** 0 means no limit. */
  mailRatePerMinute: number;
  unsubscribeSecret: string;
  /** Where participants reach the API (unsubscribe links), without a trailing slash. */
  publicBaseUrl: string;
  adminApiKey: string;
  /** Express's "trust proxy" setting. */
  trustProxy: boolean | number | string;
  /** Requests per minute; 0 means no limit. */
  rateLimitPerIp: number;
  rateLimitPerKey: number;
  /** null: GET /metrics answers 404. */
  metricsToken: string | null;
  /** The worker-only process's metrics port; null: none. */
  metricsPort: number | null;
}

/** Nest injection token for the validated configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');

/** Raised when the environment holds a bad value; each line names one variable. */
export class ConfigError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

const SECRET_VARIABLES = new Set([
  'ADMIN_API_KEY',
  'UNSUBSCRIBE_SECRET',
  'SMTP_URL',
  'METRICS_TOKEN',
]);

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
        // A secret never reaches the logs, even a wrong one.
        const got = SECRET_VARIABLES.has(error.property)
          ? `${String(defined[error.property]).length} characters`
          : JSON.stringify(defined[error.property]);
        return `Invalid configuration: ${reason} (got ${got})`;
      }),
    );
  }
  if (schema.NODE_ENV === 'production' && schema.ADMIN_API_KEY === DEV_ADMIN_API_KEY) {
    throw new ConfigError([
      'Invalid configuration: ADMIN_API_KEY must be set to a secret of your own when NODE_ENV=production',
    ]);
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
    jobLockDurationMs: schema.JOB_LOCK_DURATION_MS,
    dbPoolSize: schema.DB_POOL_SIZE,
    bodyLimitBytes: schema.BODY_LIMIT_BYTES,
    importLimitBytes: schema.IMPORT_LIMIT_BYTES,
    logLevel: schema.LOG_LEVEL,
    nodeEnv: schema.NODE_ENV,
    smtpUrl: schema.SMTP_URL || null,
    mailFrom: schema.MAIL_FROM,
    replyTo: schema.REPLY_TO || null,
    mailOutboxDir: schema.MAIL_OUTBOX_DIR,
    mailRatePerMinute: schema.MAIL_RATE_PER_MINUTE,
    unsubscribeSecret: schema.UNSUBSCRIBE_SECRET,
    publicBaseUrl: schema.PUBLIC_BASE_URL.replace(/\/+$/, ''),
    adminApiKey: schema.ADMIN_API_KEY,
    trustProxy: trustProxy(schema.TRUST_PROXY),
    rateLimitPerIp: schema.RATE_LIMIT_PER_IP,
    rateLimitPerKey: schema.RATE_LIMIT_PER_KEY,
    metricsToken: schema.METRICS_TOKEN || null,
    metricsPort: schema.METRICS_PORT || null,
  };
}

function trustProxy(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}

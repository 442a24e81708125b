import { IsIn, IsInt, IsString, Matches, Max, MinLength, Min, ValidateIf } from 'class-validator';
import { Type } from 'class-transformer';

export const ROLES = ['all', 'api', 'worker'] as const;
export type Role = (typeof ROLES)[number];

export const LOG_LEVELS = ['error', 'warn', 'log', 'debug', 'verbose'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** A fixed admin key so a laptop works out of the box (README); production must set its own. */
export const DEV_ADMIN_API_KEY = 'montagne-match-dev-admin-key';

/** A fixed secret so a laptop works out of the box; production must set its own. */
export const DEV_UNSUBSCRIBE_SECRET = 'montagne-match-dev-unsubscribe-secret';
// "Name <address>" or a bare address, as nodemailer and SMTP servers accept them.
const MAILBOX = /^(?:[^<>\r\n]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/;

/**
 * The environment variables the service reads, with their defaults for a laptop.
 * class-validator checks decorators bottom-up, so the type check sits nearest each property.
 */
export class EnvSchema {
  @Matches(/^postgres(ql)?:\/\/.+\/[^/?]+(\?.*)?$/, {
    message: 'DATABASE_URL must look like postgres://user:password@host:5432/database',
  })
  DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/montagne_match';

  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must look like redis://host:6379' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  @Type(() => Number)
  @Min(1, { message: 'PORT must be between 1 and 65535' })
  @Max(65535, { message: 'PORT must be between 1 and 65535' })
  @IsInt({ message: 'PORT must be an integer' })
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  @IsIn(ROLES, { message: `ROLE must be one of: ${ROLES.join(', ')}` })
  ROLE: Role = 'all';

  @Matches(/^[A-Za-z0-9_-]{1,64}$/, {
    message: 'QUEUE_PREFIX must be 1-64 letters, digits, "-" or "_" (BullMQ forbids ":")',
  })
  QUEUE_PREFIX = 'montagne-match';

  @Type(() => Number)
  @Min(1, { message: 'WORKER_CONCURRENCY must be between 1 and 64' })
  @Max(64, { message: 'WORKER_CONCURRENCY must be between 1 and 64' })
  @IsInt({ message: 'WORKER_CONCURRENCY must be an integer' })
  WORKER_CONCURRENCY = 2;

  @Type(() => Number)
  @Min(0, { message: 'SHUTDOWN_TIMEOUT_MS must be between 0 and 600000' })
  @Max(600_000, { message: 'SHUTDOWN_TIMEOUT_MS must be between 0 and 600000' })
  @IsInt({ message: 'SHUTDOWN_TIMEOUT_MS must be an integer' })
  SHUTDOWN_TIMEOUT_MS = 25_000;

  /** BullMQ lockDuration and stalledInterval: a dead worker's jobs are retried within ~2x this. */
  @Type(() => Number)
  @Min(1_000, { message: 'JOB_LOCK_DURATION_MS must be between 1000 and 600000' })
  @Max(600_000, { message: 'JOB_LOCK_DURATION_MS must be between 1000 and 600000' })
  @IsInt({ message: 'JOB_LOCK_DURATION_MS must be an integer' })
  JOB_LOCK_DURATION_MS = 30_000;

  @Type(() => Number)
  @Min(1, { message: 'DB_POOL_SIZE must be between 1 and 200' })
  @Max(200, { message: 'DB_POOL_SIZE must be between 1 and 200' })
  @IsInt({ message: 'DB_POOL_SIZE must be an integer' })
  DB_POOL_SIZE = 10;

  @Type(() => Number)
  @Min(1024, { message: 'BODY_LIMIT_BYTES must be between 1024 and 104857600' })
  @Max(104_857_600, { message: 'BODY_LIMIT_BYTES must be between 1024 and 104857600' })
  @IsInt({ message: 'BODY_LIMIT_BYTES must be an integer' })
  BODY_LIMIT_BYTES = 1_048_576;

  @Type(() => Number)
  @Min(1024, { message: 'IMPORT_LIMIT_BYTES must be between 1024 and 524288000' })
  @Max(524_288_000, { message: 'IMPORT_LIMIT_BYTES must be between 1024 and 524288000' })
  @IsInt({ message: 'IMPORT_LIMIT_BYTES must be an integer' })
  IMPORT_LIMIT_BYTES = 20_971_520;

  @IsIn(LOG_LEVELS, { message: `LOG_LEVEL must be one of: ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL: LogLevel = 'log';

  /** "production" turns the default unsubscribe secret into a warning at boot. */
  @IsString()
  NODE_ENV = 'development';

  /** Unset: e-mails are written as .eml files to MAIL_OUTBOX_DIR instead of being sent. */
  @ValidateIf((env: EnvSchema) => env.SMTP_URL !== '')
  @Matches(/^smtps?:\/\/[^/\s]+/, {
    message: 'SMTP_URL must look like smtp://user:password@host:587 or smtps://host:465',
  })
  SMTP_URL = '';

  @Matches(MAILBOX, {
    message:
      'MAIL_FROM must be an address, or a name and an address: Rencontres <rfmm@example.org>',
  })
  MAIL_FROM = 'Rencontres de la Montagne <no-reply@montagne-match.localhost>';

  @ValidateIf((env: EnvSchema) => env.REPLY_TO !== '')
  @Matches(MAILBOX, {
    message: 'REPLY_TO must be an address, or a name and an address: Rencontres <rfmm@example.org>',
  })
  REPLY_TO = '';

  @MinLength(1, { message: 'MAIL_OUTBOX_DIR must be a folder path' })
  @IsString()
  MAIL_OUTBOX_DIR = './outbox';

  @Type(() => Number)
  @Min(0, { message: 'MAIL_RATE_PER_MINUTE must be between 0 (no limit) and 60000' })
  @Max(60_000, { message: 'MAIL_RATE_PER_MINUTE must be between 0 (no limit) and 60000' })
  @IsInt({ message: 'MAIL_RATE_PER_MINUTE must be an integer' })
  MAIL_RATE_PER_MINUTE = 120;

  @MinLength(16, { message: 'UNSUBSCRIBE_SECRET must be at least 16 characters' })
  @IsString()
  UNSUBSCRIBE_SECRET = DEV_UNSUBSCRIBE_SECRET;

  @Matches(/^https?:\/\/[^/\s]+(\/[^\s]*)?$/, {
    message: 'PUBLIC_BASE_URL must look like https://match.example.org',
  })
  PUBLIC_BASE_URL = 'http://localhost:3000';

  /**
   * Behind a reverse proxy, which X-Forwarded-For hops to believe (Express's "trust proxy"):
   * false, true, a number of hops, or addresses and subnets. Rate limits per address need it.
   */
  @Matches(/^(false|true|\d{1,2}|[0-9a-fA-F.:/, ]+|loopback|linklocal|uniquelocal)$/, {
    message:
      'TRUST_PROXY must be false, true, a number of proxies, or addresses/subnets such as 10.0.0.0/8',
  })
  TRUST_PROXY = 'false';

  /** Creates events and can do anything; NODE_ENV=production refuses to start with the default. */
  @MinLength(16, { message: 'ADMIN_API_KEY must be at least 16 characters' })
  @IsString()
  ADMIN_API_KEY = DEV_ADMIN_API_KEY;

  @Type(() => Number)
  @Min(0, { message: 'RATE_LIMIT_PER_IP must be between 0 (no limit) and 1000000' })
  @Max(1_000_000, { message: 'RATE_LIMIT_PER_IP must be between 0 (no limit) and 1000000' })
  @IsInt({ message: 'RATE_LIMIT_PER_IP must be an integer (requests per minute)' })
  RATE_LIMIT_PER_IP = 3_000;

  @Type(() => Number)
  @Min(0, { message: 'RATE_LIMIT_PER_KEY must be between 0 (no limit) and 1000000' })
  @Max(1_000_000, { message: 'RATE_LIMIT_PER_KEY must be between 0 (no limit) and 1000000' })
  @IsInt({ message: 'RATE_LIMIT_PER_KEY must be an integer (requests per minute)' })
  RATE_LIMIT_PER_KEY = 6_000;

  /** Unset: GET /metrics answers 404. Set: scrapes must send it as a bearer token. */
  @ValidateIf((env: EnvSchema) => env.METRICS_TOKEN !== '')
  @MinLength(16, { message: 'METRICS_TOKEN must be at least 16 characters' })
  @IsString()
  METRICS_TOKEN = '';

  /** A worker-only process serves its own /metrics on this port; 0 (unset): none. */
  @Type(() => Number)
  @Min(0, { message: 'METRICS_PORT must be between 1 and 65535 (0 or unset: none)' })
  @Max(65535, { message: 'METRICS_PORT must be between 1 and 65535 (0 or unset: none)' })
  @IsInt({ message: 'METRICS_PORT must be an integer' })
  METRICS_PORT = 0;
}

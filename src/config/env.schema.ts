import { IsIn, IsInt, IsString, Matches, Max, Min } from 'class-validator';
import { Type } from 'class-transformer';

export const ROLES = ['all', 'api', 'worker'] as const;
export type Role = (typeof ROLES)[number];

export const LOG_LEVELS = ['error', 'warn', 'log', 'debug', 'verbose'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

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
}

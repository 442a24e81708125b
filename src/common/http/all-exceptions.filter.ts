import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { isDatabaseUnavailable } from '../../database/connection-errors.js';
import { isRedisUnavailable } from '../../jobs/redis-connection.js';
import { ErrorBody } from './error-body.js';
import { ValidationFailedException } from './validation-failed.exception.js';

/** Every error leaves the API in the same JSON shape; unexpected ones are logged, not leaked. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const unavailable = unavailableDependency(exception);
    const body = unavailable ?? this.toBody(exception);
    if (unavailable) {
      const request = host.switchToHttp().getRequest<Request>();
      this.logger.warn(`${request.method} ${request.originalUrl}: ${(exception as Error).message}`);
    } else if (body.statusCode >= 500 && !(exception instanceof HttpException)) {
      this.logUnexpected(exception, host.switchToHttp().getRequest<Request>());
    }
    // A client may try again shortly: PostgreSQL or Redis is restarting, or a check failed.
    if (body.statusCode === HttpStatus.SERVICE_UNAVAILABLE) response.setHeader('Retry-After', '5');
    response.status(body.statusCode).json(body);
  }

  /**
   * One line naming the route (its pattern: a path may hold an unsubscribe token) and the
   * error, then its stack. The stack goes as the stack argument: given as the message, Nest
   * would print it and then ask for a stack that is not there.
   */
  private logUnexpected(exception: unknown, request: Request): void {
    const error = exception instanceof Error ? exception : new Error(String(exception));
    const route = (request.route as { path?: string } | undefined)?.path ?? '(no route)';
    this.logger.error(`${request.method} ${route}: ${error.message}`, error.stack);
  }

  private toBody(exception: unknown): ErrorBody {
    if (exception instanceof ValidationFailedException) {
      return {
        statusCode: exception.getStatus(),
        error: 'Bad Request',
        message: exception.message,
        errors: exception.fieldErrors,
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const payload = exception.getResponse();
      const health = healthCheckFailure(status, payload);
      if (health) return health;
      const message =
        typeof payload === 'string'
          ? payload
          : String((payload as { message?: unknown }).message ?? exception.message);
      const errors = (payload as { errors?: ErrorBody['errors'] }).errors;
      return { statusCode: status, error: statusText(status), message, ...(errors && { errors }) };
    }
    return {
      statusCode: HttpStatus.INTERNAL_SERVER_ERROR,
      error: statusText(HttpStatus.INTERNAL_SERVER_ERROR),
      message: 'Internal server error',
    };
  }
}

/** PostgreSQL or Redis unreachable: a 503 the client can retry, rather than a 500. */
function unavailableDependency(exception: unknown): ErrorBody | null {
  if (exception instanceof HttpException) return null;
  const dependency = isRedisUnavailable(exception)
    ? 'The job queue (Redis)'
    : isDatabaseUnavailable(exception)
      ? 'The database (PostgreSQL)'
      : null;
  if (!dependency) return null;
  return {
    statusCode: HttpStatus.SERVICE_UNAVAILABLE,
    error: statusText(HttpStatus.SERVICE_UNAVAILABLE),
    message: `${dependency} is unavailable right now; try again shortly`,
  };
}

type HealthDetails = Record<string, { status: string; message?: string }>;
type HealthFailureBody = ErrorBody & { status: 'error'; info: unknown; details: HealthDetails };

/**
 * Terminus's failed /health result, in the common shape: the message names what is down, and
 * `status`, `info` and `details` stay for monitoring tools that read them.
 */
function healthCheckFailure(status: number, payload: unknown): HealthFailureBody | null {
  const result = payload as { status?: unknown; info?: unknown; details?: HealthDetails };
  if (result?.status !== 'error' || typeof result.details !== 'object') return null;
  const down = Object.entries(result.details)
    .filter(([, detail]) => detail.status !== 'up')
    .map(([name, detail]) => `${name} is down${detail.message ? ` (${detail.message})` : ''}`);
  return {
    statusCode: status,
    error: statusText(status),
    message: `Unhealthy: ${down.join('; ')}`,
    status: 'error',
    info: result.info ?? {},
    details: result.details,
  };
}

export function statusText(status: number): string {
  const name = HttpStatus[status] as string | undefined;
  return name
    ? name
        .toLowerCase()
        .split('_')
        .map((word) => word[0].toUpperCase() + word.slice(1))
        .join(' ')
    : 'Error';
}

import { Controller, Get } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { ErrorBody } from '../common/http/error-body.js';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { RedisHealthIndicator } from './redis.health.js';
import { Access } from '../auth/access.decorator.js';
import { HealthDto } from './health.dto.js';

@Access('public')
@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
  ) {}

  @Get()
  // Terminus documents the route only when its lazy require of @nestjs/swagger succeeds, which
  // it does under jest but not in the running service (an ESM load cycle): say it ourselves so
  // the document, and the console's client generated from it, are the same everywhere.
  @HealthCheck({ noCache: true, swaggerDocumentation: false })
  @ApiOperation({ summary: 'PostgreSQL and Redis reachability (503 when either is down)' })
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({
    type: ErrorBody,
    description: 'The message names which is down',
  })
  check() {
    return this.health.check([
      () => this.database.pingCheck('postgres', { timeout: 2_000 }),
      () => this.redis.check('redis'),
    ]);
  }
}

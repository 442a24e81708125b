import { DynamicModule, Global, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import type { Role } from '../config/env.schema.js';
import { HttpMetricsMiddleware } from './http-metrics.middleware.js';
import { MetricsController } from './metrics.controller.js';
import { MetricsService } from './metrics.service.js';
import { WorkerMetricsServer } from './worker-metrics-server.js';

/** Prometheus metrics: `GET /metrics` on the API, or METRICS_PORT for a worker-only process. */
@Global()
@Module({})
export class MetricsModule implements NestModule {
  static forRole(role: Role): DynamicModule {
    return {
      module: MetricsModule,
      controllers: role === 'worker' ? [] : [MetricsController],
      providers: [MetricsService, ...(role === 'worker' ? [WorkerMetricsServer] : [])],
      exports: [MetricsService],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware).forRoutes('{*path}');
  }
}

import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { statusText } from '../common/http/all-exceptions.filter.js';
import type { ErrorBody } from '../common/http/error-body.js';
import { APP_CONFIG } from '../config/app-config.js';
import type { AppConfig } from '../config/app-config.js';
import { MetricsService } from './metrics.service.js';
import { SCRAPE_UNAUTHORIZED, scrapeAccess } from './scrape-access.js';

/**
 * A worker-only process has no HTTP server: with METRICS_PORT set it gets this one, serving
 * `/metrics` only, under the same token rule as the API's.
 */
@Injectable()
export class WorkerMetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Metrics');
  private server?: Server;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: MetricsService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const port = this.config.metricsPort;
    if (!port) return;
    const server = createServer((request, response) => void this.answer(request, response));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, this.config.host, () => resolve());
    });
    this.logger.log(`Metrics on http://${this.config.host}:${port}/metrics`);
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }

  private async answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const access =
      request.method === 'GET' && path === '/metrics'
        ? scrapeAccess(this.config.metricsToken, request.headers)
        : 'not-found';
    if (access === 'not-found') {
      return refuse(response, 404, `Cannot ${request.method} ${path}`);
    }
    if (access === 'unauthorized') return refuse(response, 401, SCRAPE_UNAUTHORIZED);
    try {
      const { contentType, body } = await this.metrics.scrape();
      response.writeHead(200, { 'Content-Type': contentType, 'Cache-Control': 'no-store' });
      response.end(body);
    } catch (error) {
      refuse(response, 500, `Metrics could not be collected: ${(error as Error).message}`);
    }
  }
}

function refuse(response: ServerResponse, statusCode: number, message: string): void {
  const body: ErrorBody = { statusCode, error: statusText(statusCode), message };
  response.writeHead(statusCode, { 'Content-Type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
}

import {
  Controller,
  Get,
  Inject,
  NotFoundException,
  Req,
  Res,
  UnauthorizedException,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Access } from '../auth/access.decorator.js';
import { APP_CONFIG } from '../config/app-config.js';
import type { AppConfig } from '../config/app-config.js';
import { MetricsService } from './metrics.service.js';
import { SCRAPE_UNAUTHORIZED, scrapeAccess } from './scrape-access.js';

/**
 * Prometheus scrapes. Its own token, not an API key (the key guard lets it through as public);
 * left out of the OpenAPI document, which describes the API for its clients, not operators.
 */
@Access('public')
@ApiExcludeController()
@Controller('metrics')
export class MetricsController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: MetricsService,
  ) {}

  @Get()
  async scrape(@Req() request: Request, @Res() response: Response): Promise<void> {
    const access = scrapeAccess(this.config.metricsToken, request.headers);
    // The same answer as any unknown route: an unset token leaves no trace of the endpoint.
    if (access === 'not-found') throw new NotFoundException(`Cannot GET ${request.path}`);
    if (access === 'unauthorized') throw new UnauthorizedException(SCRAPE_UNAUTHORIZED);
    const { contentType, body } = await this.metrics.scrape();
    response.setHeader('Content-Type', contentType);
    response.setHeader('Cache-Control', 'no-store');
    response.send(body);
  }
}

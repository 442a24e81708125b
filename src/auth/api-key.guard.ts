import {
  CanActivate,
  ExecutionContext,
  ForbiddenException,
  Inject,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { APP_CONFIG } from '../config/app-config.js';
import type { AppConfig } from '../config/app-config.js';
import { eventNotFound } from '../events/events.service.js';
import { ACCESS, AccessLevel } from './access.decorator.js';
import { ApiKeysService } from './api-keys.service.js';
import { sameSecret } from './key-secret.js';
import { presentedKey } from './presented-key.js';
import type { Principal } from './principal.js';

export type AuthenticatedRequest = Request & { principal?: Principal };

/**
 * Every route needs a key unless marked public. A key of another event is answered as if the
 * event did not exist: a caller learns nothing about events that are not theirs.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly reflector: Reflector,
    private readonly keys: ApiKeysService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const level =
      this.reflector.getAllAndOverride<AccessLevel>(ACCESS, [
        context.getHandler(),
        context.getClass(),
      ]) ?? 'organiser';
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (level === 'public') {
      request.principal = { kind: 'anonymous' };
      return true;
    }
    const secret = presentedKey(request.headers);
    if (!secret) {
      throw new UnauthorizedException(
        'An API key is required: send it as "Authorization: Bearer <key>" or "X-Api-Key: <key>"',
      );
    }
    if (sameSecret(secret, this.config.adminApiKey)) {
      request.principal = { kind: 'admin' };
      return true;
    }
    const key = await this.keys.findActive(secret);
    if (!key) throw new UnauthorizedException('This API key is unknown or has been revoked');
    request.principal = key;
    const eventRef = request.params?.eventId;
    if (typeof eventRef === 'string' && eventRef !== key.eventId && eventRef !== key.eventSlug) {
      throw eventNotFound(eventRef);
    }
    if (level === 'admin') throw new ForbiddenException('Only the admin key may do this');
    if (level === 'organiser' && key.role !== 'organiser') {
      throw new ForbiddenException(
        'The front-end key reads and writes one participant at a time; this needs the organiser key',
      );
    }
    return true;
  }
}

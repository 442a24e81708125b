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
import { eventNotFound, EventsService } from '../events/events.service.js';
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
    private readonly events: EventsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const level =
      this.reflector.getAllAndOverride<AccessLevel>(ACCESS, [
        context.getHandler(),
        context.getClass(),
      ]) ?? 'organiser';
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    request.principal = await this.principalOf(request, level);
    await this.resolveEvent(request, request.principal);
    if (request.principal.kind !== 'event-key') return true;
    if (level === 'admin') throw new ForbiddenException('Only the admin key may do this');
    if (level === 'organiser' && request.principal.role !== 'organiser') {
      throw new ForbiddenException(
        'The front-end key reads and writes one participant at a time; this needs the organiser key',
      );
    }
    return true;
  }

  private async principalOf(request: Request, level: AccessLevel): Promise<Principal> {
    if (level === 'public') return { kind: 'anonymous' };
    const secret = presentedKey(request.headers);
    if (!secret) {
      throw new UnauthorizedException(
        'An API key is required: send it as "Authorization: Bearer <key>" or "X-Api-Key: <key>"',
      );
    }
    if (sameSecret(secret, this.config.adminApiKey)) return { kind: 'admin' };
    const key = await this.keys.findActive(secret);
    if (!key) throw new UnauthorizedException('This API key is unknown or has been revoked');
    return key;
  }

  /**
   * Resolves the path's event reference once, limited to what the caller may reach, and puts
   * the id in its place: every handler's `@Param('eventId')` is then the id that was
   * authorised, and the services act on that id, never on a slug read a second time.
   */
  private async resolveEvent(request: AuthenticatedRequest, principal: Principal): Promise<void> {
    const reference = request.params?.eventId;
    if (typeof reference !== 'string') return;
    const reachable =
      principal.kind === 'event-key'
        ? { id: principal.eventId, slug: principal.eventSlug }
        : undefined;
    const eventId = await this.events.resolveReference(reference, reachable);
    if (!eventId) throw eventNotFound(reference);
    request.params.eventId = eventId;
  }
}

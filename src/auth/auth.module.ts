import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { EventsModule } from '../events/events.module.js';
import { ApiKeyGuard } from './api-key.guard.js';
import { ApiKeysService } from './api-keys.service.js';

/** API keys, and the guard every route goes through (it resolves events with EventsModule). */
@Global()
@Module({
  imports: [EventsModule],
  providers: [ApiKeysService, { provide: APP_GUARD, useClass: ApiKeyGuard }],
  exports: [ApiKeysService],
})
export class AuthModule {}

import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG } from '../../config/app-config.js';
import type { AppConfig } from '../../config/app-config.js';
import { defaultSecretWarning } from './default-secret-warning.js';
import {
  ReadToken,
  readUnsubscribeToken,
  signUnsubscribeToken,
  UnsubscribeSubject,
} from './unsubscribe-token.js';

/** Makes and reads the personal unsubscribe links every e-mail carries. */
@Injectable()
export class UnsubscribeLinks implements OnModuleInit {
  private readonly logger = new Logger('Notifications');

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  onModuleInit(): void {
    const warning = defaultSecretWarning(this.config);
    if (warning) this.logger.warn(warning);
  }

  urlFor(subject: UnsubscribeSubject): string {
    const token = signUnsubscribeToken(this.config.unsubscribeSecret, subject);
    return `${this.config.publicBaseUrl}/unsubscribe/${token}`;
  }

  /** For previews: an organiser clicking it must not unsubscribe the participant. */
  disabledUrl(): string {
    return `${this.config.publicBaseUrl}/unsubscribe/preview-link-disabled`;
  }

  read(token: string): ReadToken {
    return readUnsubscribeToken(this.config.unsubscribeSecret, token);
  }
}

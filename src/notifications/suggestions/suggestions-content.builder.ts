import { ConflictException, Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../../config/app-config.js';
import type { AppConfig } from '../../config/app-config.js';
import type { EventEntity } from '../../events/event.entity.js';
import { MatchesService } from '../../matching/matches.service.js';
import type {
  ContentRequest,
  EmailContent,
  EmailContentBuilder,
  NoContent,
} from '../content/email-content.js';
import { emailLanguage } from '../content/email-language.js';
import { organiserContact } from '../content/organiser-contact.js';
import { composeSuggestionsEmail } from './suggestions-email.js';
import type { SuggestionsOptions } from './suggestions-options.js';

/** A participant's top partners from the current matching run, as an e-mail. */
@Injectable()
export class SuggestionsContentBuilder implements EmailContentBuilder<SuggestionsOptions> {
  readonly kind = 'suggestions';

  constructor(
    private readonly matches: MatchesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  assertReady(event: EventEntity): void {
    if (!event.currentMatchingRunId) {
      throw new ConflictException(
        `Matching has not run for event "${event.slug}" yet: start it with POST /events/${event.slug}/matching/runs`,
      );
    }
  }

  async build({
    event,
    recipient,
    options,
    unsubscribeUrl,
  }: ContentRequest<SuggestionsOptions>): Promise<EmailContent | NoContent> {
    const lang = emailLanguage(recipient.languages);
    // The same ranked, explained, consent-filtered list a front-end reads.
    const matches = await this.matches.list(event.id, recipient.externalId, {
      limit: options.limit,
      lang,
    });
    if (matches.length === 0) return { noContent: 'no-partners' };
    return composeSuggestionsEmail({
      lang,
      eventName: event.name,
      recipientName: recipient.fullName,
      matches,
      contact: organiserContact(event, this.config),
      unsubscribeUrl,
    });
  }
}

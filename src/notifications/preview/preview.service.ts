import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ValidationFailedException } from '../../common/http/validation-failed.exception.js';
import { EventsService } from '../../events/events.service.js';
import { findParticipant } from '../../participants/find-participant.js';
import { EmailContent, isNoContent } from '../content/email-content.js';
import { EmailContentBuilders } from '../content/email-content-builders.js';
import type { NotificationKind } from '../notification-kind.js';
import { UnsubscribeLinks } from '../unsubscribe/unsubscribe-links.js';

/** Renders the e-mail a participant would get now, with the pipeline's own builders. */
@Injectable()
export class PreviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventsService,
    private readonly builders: EmailContentBuilders,
    private readonly links: UnsubscribeLinks,
  ) {}

  async render(
    eventId: string,
    externalId: string,
    kind: NotificationKind,
    options: unknown,
  ): Promise<EmailContent> {
    const event = await this.events.findById(eventId);
    const builder = this.builders.find(kind);
    if (!builder) {
      throw new ValidationFailedException([
        { field: 'kind', reason: `"${kind}" e-mails are not available yet` },
      ]);
    }
    builder.assertReady(event);
    const participant = await findParticipant(
      this.dataSource.manager,
      event.id,
      externalId,
      event.slug,
    );
    const content = await builder.build({
      event,
      recipient: participant,
      options,
      unsubscribeUrl: this.links.disabledUrl(),
    });
    if (isNoContent(content)) {
      throw new ConflictException(
        `Participant "${externalId}" would get no "${kind}" e-mail (${content.noContent})`,
      );
    }
    return content;
  }
}

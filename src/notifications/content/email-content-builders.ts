import { Injectable } from '@nestjs/common';
import { AgendaContentBuilder } from '../agenda/agenda-content.builder.js';
import type { NotificationKind } from '../notification-kind.js';
import { SuggestionsContentBuilder } from '../suggestions/suggestions-content.builder.js';
import type { EmailContentBuilder } from './email-content.js';

/** The content builder of each kind of e-mail. */
@Injectable()
export class EmailContentBuilders {
  private readonly builders: ReadonlyMap<NotificationKind, EmailContentBuilder>;

  constructor(suggestions: SuggestionsContentBuilder, agenda: AgendaContentBuilder) {
    this.builders = new Map<NotificationKind, EmailContentBuilder>([
      [suggestions.kind, suggestions as EmailContentBuilder],
      [agenda.kind, agenda as EmailContentBuilder],
    ]);
  }

  /** Null for a kind whose e-mails are not built yet. */
  find(kind: NotificationKind): EmailContentBuilder | null {
    return this.builders.get(kind) ?? null;
  }
}

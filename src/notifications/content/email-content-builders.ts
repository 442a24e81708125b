import { Injectable } from '@nestjs/common';
import type { NotificationKind } from '../notification-kind.js';
import { SuggestionsContentBuilder } from '../suggestions/suggestions-content.builder.js';
import type { EmailContentBuilder } from './email-content.js';

/** The content builder of each kind of e-mail; an agenda builder is added here. */
@Injectable()
export class EmailContentBuilders {
  private readonly builders: ReadonlyMap<NotificationKind, EmailContentBuilder>;

  constructor(suggestions: SuggestionsContentBuilder) {
    this.builders = new Map<NotificationKind, EmailContentBuilder>([
      [suggestions.kind, suggestions as EmailContentBuilder],
    ]);
  }

  /** Null for a kind whose e-mails are not built yet. */
  find(kind: NotificationKind): EmailContentBuilder | null {
    return this.builders.get(kind) ?? null;
  }
}

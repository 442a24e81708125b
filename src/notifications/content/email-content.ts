import type { EventEntity } from '../../events/event.entity.js';
import type { CalendarEntry } from '../../scheduling/export/calendar-entries.js';
import type { NotificationKind } from '../notification-kind.js';
import type { EmailLanguage } from './email-language.js';
import type { Recipient } from './recipient.js';

/** A file sent with the e-mail (an agenda's .ics, for instance). */
export interface EmailAttachment {
  filename: string;
  contentType: string;
  content: string | Buffer;
}

/** An e-mail ready to send, and what identifies its content. */
export interface EmailContent {
  lang: EmailLanguage;
  subject: string;
  html: string;
  text: string;
  attachments: EmailAttachment[];
  /** Plain JSON of what the e-mail shows; its hash is the dedupe key. */
  fingerprint: unknown;
  /** Ids of what it lists (partners, meetings): what a dry run reports. */
  items: string[];
  /** Agendas: the calendar entries it carries, remembered once it is sent. */
  calendarEntries?: CalendarEntry[];
}

export interface ContentRequest<Options> {
  event: EventEntity;
  recipient: Recipient;
  options: Options;
  /** Every e-mail carries it; previews get a disabled one. */
  unsubscribeUrl: string;
}

/** Nothing to send this participant (no partners yet, no meeting…), and why, for the log. */
export interface NoContent {
  noContent: string;
}

/**
 * Builds one kind of e-mail. The rest of the pipeline (planning, delivery log, rate limit,
 * retries, unsubscribe) is shared, so a new kind is a builder and its templates.
 */
export interface EmailContentBuilder<Options = unknown> {
  readonly kind: NotificationKind;
  /** Refuses, with a 409 saying why, a mailing that cannot work yet (no matching run…). */
  assertReady(event: EventEntity): void;
  build(request: ContentRequest<Options>): Promise<EmailContent | NoContent>;
}

export function isNoContent(built: EmailContent | NoContent): built is NoContent {
  return 'noContent' in built;
}

import type { AppConfig } from '../../config/app-config.js';
import type { EventEntity } from '../../events/event.entity.js';

/** Whom participants write to, as far as the event and the config say. */
export interface OrganiserContact {
  organiserName: string | null;
  organiserEmail: string | null;
  /** The e-mails carry a Reply-To (the organiser's address, or REPLY_TO): replying works. */
  canReply: boolean;
}

export function organiserContact(
  event: Pick<EventEntity, 'settings'>,
  config: Pick<AppConfig, 'replyTo'>,
): OrganiserContact {
  const organiserEmail = event.settings.organiserEmail ?? null;
  return {
    organiserName: event.settings.organiserName ?? null,
    organiserEmail,
    canReply: organiserEmail !== null || config.replyTo !== null,
  };
}

/**
 * What an organiser is told when a mailing would leave participants nobody to write to: the
 * messages come from MAIL_FROM (often a no-reply address) with no Reply-To.
 */
export function mailingWarnings(
  event: Pick<EventEntity, 'settings' | 'slug'>,
  config: Pick<AppConfig, 'replyTo' | 'mailFrom'>,
): string[] {
  if (organiserContact(event, config).canReply) return [];
  return [
    `no-contact: event "${event.slug}" names no organiserEmail and REPLY_TO is not set, so these e-mails ` +
      `come from ${config.mailFrom} with no Reply-To: replies reach nobody, and the e-mails can only tell ` +
      'participants to ask the organising team at the event. Set organiserEmail in the event settings, or REPLY_TO.',
  ];
}

import type { EventSettings } from '../../events/event-settings.js';
import type { Mailbox } from '../transport/mail-transport.js';

/** Replies reach the event's organiser when the event names one, else REPLY_TO if set. */
export function replyToFor(settings: EventSettings, configured: string | null): Mailbox | null {
  const { organiserEmail, organiserName } = settings;
  if (!organiserEmail) return configured;
  return organiserName ? { name: organiserName, address: organiserEmail } : organiserEmail;
}

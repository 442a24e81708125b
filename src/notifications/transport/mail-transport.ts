import type { EmailAttachment } from '../content/email-content.js';

/** An address with a display name, quoted by nodemailer however odd the name. */
export type Mailbox = string | { name: string; address: string };

/** An e-mail as the transport sends it. */
export interface OutgoingEmail {
  to: string;
  replyTo: Mailbox | null;
  subject: string;
  html: string;
  text: string;
  attachments: EmailAttachment[];
  /** Goes into the List-Unsubscribe header, so mail clients show their own button. */
  unsubscribeUrl: string;
}

export interface SentEmail {
  /** The Message-ID header: what the provider's logs and bounces refer to. */
  messageId: string;
}

/** Nest token of the transport; a class so it can be injected without a symbol. */
export abstract class MailTransport {
  abstract send(email: OutgoingEmail): Promise<SentEmail>;
}

import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import nodemailer from 'nodemailer';
import type { Transporter } from 'nodemailer';
import { APP_CONFIG } from '../../config/app-config.js';
import type { AppConfig } from '../../config/app-config.js';
import { redactUrl } from '../../database/connection-errors.js';
import { MailTransport, OutgoingEmail, SentEmail } from './mail-transport.js';
import { writeToOutbox } from './outbox.js';

/**
 * nodemailer over SMTP when SMTP_URL is set. Otherwise its stream transport builds the very
 * same message, which lands as an .eml file in the outbox folder: a newcomer sees real
 * e-mails with no mail server.
 */
@Injectable()
export class NodemailerTransport
  extends MailTransport
  implements OnApplicationBootstrap, OnApplicationShutdown
{
  private readonly logger = new Logger('Mail');
  private readonly transporter: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    super();
    this.transporter = config.smtpUrl
      ? nodemailer.createTransport({
          url: config.smtpUrl,
          // One connection carries many messages: no handshake per e-mail.
          pool: true,
          maxConnections: 5,
          // nodemailer waits up to 10 minutes by default; a stuck server must not hold a job.
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 30_000,
        })
      : nodemailer.createTransport({ streamTransport: true, buffer: true });
  }

  onApplicationBootstrap(): void {
    if (!this.config.smtpUrl) {
      this.logger.log(
        `No SMTP_URL: e-mails are written to ${this.config.mailOutboxDir} as .eml files`,
      );
      return;
    }
    const server = redactUrl(this.config.smtpUrl);
    this.logger.log(`E-mails go out through ${server}`);
    // Say now, not at the first mailing, that the server cannot be reached or refuses our
    // credentials; without blocking the boot, as sends wait and retry anyway.
    this.transporter.verify().then(
      () => this.logger.log(`${server} accepts our connection`),
      (error: Error) => this.logger.warn(`${server} cannot be used yet: ${error.message}`),
    );
  }

  async send(email: OutgoingEmail): Promise<SentEmail> {
    const info = await this.transporter.sendMail({
      from: this.config.mailFrom,
      to: email.to,
      ...(email.replyTo && { replyTo: email.replyTo }),
      subject: email.subject,
      html: email.html,
      text: email.text,
      attachments: email.attachments,
      list: { unsubscribe: email.unsubscribeUrl },
      headers: oneClickHeaders(email.unsubscribeUrl),
    });
    if (!this.config.smtpUrl) {
      const path = await writeToOutbox(this.config.mailOutboxDir, info.messageId, info.message);
      this.logger.log(`E-mail written to ${path}`);
    }
    return { messageId: info.messageId };
  }

  onApplicationShutdown(): void {
    this.transporter.close();
  }
}

/**
 * RFC 8058 one-click: mail clients POST to the List-Unsubscribe URL instead of opening it. The
 * RFC allows it for HTTPS URLs only, so a development PUBLIC_BASE_URL over HTTP leaves it out.
 */
export function oneClickHeaders(unsubscribeUrl: string): Record<string, string> {
  return unsubscribeUrl.startsWith('https://')
    ? { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
    : {};
}

import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Job, UnrecoverableError } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG } from '../../config/app-config.js';
import type { AppConfig } from '../../config/app-config.js';
import { EventEntity } from '../../events/event.entity.js';
import { HandlesJob, JobHandler } from '../../jobs/job-handler.decorator.js';
import { JobName } from '../../jobs/queue-names.js';
import { MetricsService } from '../../metrics/metrics.service.js';
import { rememberSentEntries } from '../agenda/sent-calendar-entries.js';
import { EmailContent, isNoContent } from '../content/email-content.js';
import { EmailContentBuilders } from '../content/email-content-builders.js';
import { loadRecipient, Recipient } from '../content/recipient.js';
import { dedupeKey } from '../delivery/dedupe-key.js';
import { failDelivery, queueDelivery, skipDelivery } from '../delivery/delivery-rows.js';
import { findDelivery } from '../delivery/find-delivery.js';
import type { DeliveryStatus } from '../delivery/email-delivery.entity.js';
import { MailTransport, OutgoingEmail } from '../transport/mail-transport.js';
import { isPermanentFailure } from '../transport/smtp-failure.js';
import { UnsubscribeLinks } from '../unsubscribe/unsubscribe-links.js';
import type { SendEmailJobData } from './mailing-job-data.js';
import { Attempt, claimAndSend, errorText } from './claim-and-send.js';
import { replyToFor } from './reply-to.js';

export interface SendEmailResult {
  deliveryId: string;
  /** What became of the row ('gone' when the participant was erased meanwhile). */
  status: DeliveryStatus | 'gone' | 'busy';
}

/** The e-mail to send and its row, or what became of the row instead. */
type Prepared = SendEmailResult | ReadyEmail;

interface ReadyEmail {
  deliveryId: string;
  email: OutgoingEmail;
  /** Written in the transaction that marks the e-mail sent. */
  onSent?: (manager: EntityManager) => Promise<void>;
}

/**
 * Sends one e-mail version at most once. The content is built afresh (consent or matches may
 * have changed since planning); the row is locked while the message goes out and marked sent
 * in the same transaction, so a duplicate job finds it locked or sent and does nothing.
 */
@Injectable()
@HandlesJob(JobName.SendEmail)
export class SendEmailHandler implements JobHandler<SendEmailJobData, SendEmailResult> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly builders: EmailContentBuilders,
    private readonly links: UnsubscribeLinks,
    private readonly transport: MailTransport,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly metrics: MetricsService,
  ) {}

  async handle(job: Job<SendEmailJobData, SendEmailResult>): Promise<SendEmailResult> {
    let ready: Prepared;
    try {
      ready = await this.prepare(job.data);
    } catch (error) {
      // Retried like any job; after the last attempt the log says failed, not queued forever.
      if (isLastAttempt(job)) {
        await failDelivery(this.dataSource.manager, job.data.deliveryId, errorText(error));
        this.metrics.countEmail('failed');
      }
      throw error;
    }
    if ('status' in ready) return ready;
    const attempt = await claimAndSend(
      this.dataSource,
      this.transport,
      ready.deliveryId,
      ready.email,
      isLastAttempt(job),
      ready.onSent,
    );
    if (attempt.status === 'sent' || attempt.status === 'failed') {
      this.metrics.countEmail(attempt.status);
    }
    return outcome(ready.deliveryId, attempt);
  }

  /** The e-mail to send now and its row, or what became of the row instead. */
  private async prepare(data: SendEmailJobData): Promise<Prepared> {
    const manager = this.dataSource.manager;
    const delivery = await findDelivery(manager, data.deliveryId);
    const gone = { deliveryId: data.deliveryId, status: 'gone' } as const;
    if (!delivery) return gone;
    if (delivery.status !== 'queued') return { deliveryId: delivery.id, status: delivery.status };
    const recipient = await loadRecipient(manager, delivery.participantId);
    const event = await manager.getRepository(EventEntity).findOneBy({ id: delivery.eventId });
    if (!recipient || !event) return gone;
    const skip = async (reason: string) => {
      await skipDelivery(manager, delivery.id, reason);
      return { deliveryId: delivery.id, status: 'skipped' } as const;
    };
    if (!recipient.consentEmail) return skip('no-consent');
    const subject = { eventId: event.id, participantId: recipient.id };
    const unsubscribeUrl = this.links.urlFor(subject);
    const content = await this.builders
      .find(delivery.kind)!
      .build({ event, recipient, options: data.options, unsubscribeUrl });
    if (isNoContent(content)) return skip(content.noContent);
    const email = this.email(event, recipient, content, unsubscribeUrl);
    const entries = content.calendarEntries;
    const onSent = entries
      ? (manager: EntityManager) => rememberSentEntries(manager, event.id, recipient.id, entries)
      : undefined;
    const key = dedupeKey(event.id, recipient.id, delivery.kind, content.fingerprint);
    if (key === delivery.dedupeKey) return { deliveryId: delivery.id, email, onSent };
    // What the person would get changed since planning: the current version goes instead.
    await skip('superseded');
    const current = await queueDelivery(manager, {
      ...subject,
      kind: delivery.kind,
      dedupeKey: key,
    });
    if (current.status !== 'queued') return { deliveryId: current.id, status: current.status };
    return { deliveryId: current.id, email, onSent };
  }

  private email(
    event: EventEntity,
    recipient: Recipient,
    content: EmailContent,
    unsubscribeUrl: string,
  ): OutgoingEmail {
    const { subject, html, text, attachments } = content;
    const replyTo = replyToFor(event.settings, this.config.replyTo);
    return { to: recipient.email, replyTo, subject, html, text, attachments, unsubscribeUrl };
  }
}

/**
 * The job's outcome. Errors that reach BullMQ (and its logs, kept for weeks) name the
 * delivery and the SMTP code only: the server's reply often quotes the address, which must
 * go when the person is erased, and lives in the delivery row, which does.
 */
function outcome(deliveryId: string, attempt: Attempt): SendEmailResult {
  if (attempt.status === 'sent') return { deliveryId, status: 'sent' };
  if (attempt.status === 'busy') return { deliveryId, status: 'busy' };
  const code = failureCode(attempt.cause);
  if (attempt.status === 'retry') {
    throw new Error(`Transient failure (${code}) sending delivery ${deliveryId}; will retry`);
  }
  if (isPermanentFailure(attempt.cause)) {
    throw new UnrecoverableError(`Permanent failure (${code}) sending delivery ${deliveryId}`);
  }
  throw new Error(`Gave up on delivery ${deliveryId} after its last attempt (${code})`);
}

function isLastAttempt(job: Job): boolean {
  return job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
}

function failureCode(cause: unknown): string {
  const { responseCode, code } = (cause ?? {}) as { responseCode?: number; code?: string };
  return String(responseCode ?? code ?? 'error');
}

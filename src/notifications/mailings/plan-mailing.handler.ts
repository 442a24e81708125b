import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../../config/app-config.js';
import type { AppConfig } from '../../config/app-config.js';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { EventEntity } from '../../events/event.entity.js';
import { HandlesJob, JobHandler } from '../../jobs/job-handler.decorator.js';
import { jobIds } from '../../jobs/job-ids.js';
import { JobName, QueueName } from '../../jobs/queue-names.js';
import { QueuesService } from '../../jobs/queues.service.js';
import { EmailContentBuilder, isNoContent } from '../content/email-content.js';
import { EmailContentBuilders } from '../content/email-content-builders.js';
import { mailingWarnings } from '../content/organiser-contact.js';
import { loadRecipients, Recipient } from '../content/recipient.js';
import { dedupeKey } from '../delivery/dedupe-key.js';
import { findDeliveryByKey, queueDelivery } from '../delivery/delivery-rows.js';
import { UnsubscribeLinks } from '../unsubscribe/unsubscribe-links.js';
import type {
  ExpireDryRunJobData,
  PlanMailingJobData,
  SendEmailJobData,
} from './mailing-job-data.js';
import { MailingSummary, MailingTally } from './mailing-summary.js';
import { DRY_RUN_EXPIRY_JOB_OPTIONS, SEND_EMAIL_JOB_OPTIONS } from './send-email-job-options.js';

/** Send jobs added to Redis at once, and the step of progress reports. */
const BATCH = 100;

/**
 * Decides who gets which e-mail version and queues one send job each. Safe to run again (a
 * retry, or the organiser triggering twice): a version already sent is never queued again.
 * A dry run writes nothing and reports what a real run would do.
 */
@Injectable()
@HandlesJob(JobName.PlanMailing)
export class PlanMailingHandler implements JobHandler<PlanMailingJobData, MailingSummary> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: QueuesService,
    private readonly builders: EmailContentBuilders,
    private readonly links: UnsubscribeLinks,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async handle(job: Job<PlanMailingJobData, MailingSummary>): Promise<MailingSummary> {
    const { mailingId, eventId, kind, participantIds, dryRun } = job.data;
    const event = await this.dataSource.getRepository(EventEntity).findOneBy({ id: eventId });
    if (!event) throw new Error(`Event ${eventId} no longer exists`);
    const builder = this.builders.find(kind);
    if (!builder) throw new Error(`No content builder for "${kind}" e-mails`);
    const recipients = await loadRecipients(
      this.dataSource.manager,
      eventId,
      participantIds ?? undefined,
    );
    const tally = new MailingTally(mailingId, kind, dryRun, mailingWarnings(event, this.config));
    let sends: SendEmailJobData[] = [];
    for (const [position, recipient] of recipients.entries()) {
      const planned = await this.plan(job.data, event, builder, recipient);
      if ('skip' in planned) {
        tally.skip(recipient, planned.skip);
      } else {
        tally.planned(recipient, planned.items);
        if (planned.deliveryId) {
          sends.push({
            eventId,
            mailingId,
            deliveryId: planned.deliveryId,
            options: job.data.options,
          });
        }
      }
      if ((position + 1) % BATCH === 0) {
        await this.enqueue(sends);
        sends = [];
        await job.updateProgress(Math.round((100 * (position + 1)) / recipients.length));
      }
    }
    await this.enqueue(sends);
    if (dryRun) await this.expireLater(eventId, mailingId);
    await job.updateProgress(100);
    return tally.result();
  }

  /** One recipient: why they get nothing, or what they get (and its queued row, unless a dry run). */
  private async plan(
    { kind, options, dryRun }: PlanMailingJobData,
    event: EventEntity,
    builder: EmailContentBuilder,
    recipient: Recipient,
  ): Promise<{ skip: string } | { items: string[]; deliveryId: string | null }> {
    if (!recipient.consentEmail) return { skip: 'no-consent' };
    const subject = { eventId: event.id, participantId: recipient.id };
    const unsubscribeUrl = this.links.urlFor(subject);
    const content = await builder.build({ event, recipient, options, unsubscribeUrl });
    if (isNoContent(content)) return { skip: content.noContent };
    const version = {
      ...subject,
      kind,
      dedupeKey: dedupeKey(event.id, recipient.id, kind, content.fingerprint),
    };
    const manager = this.dataSource.manager;
    const delivery = dryRun
      ? await findDeliveryByKey(manager, version.dedupeKey)
      : await queueDelivery(manager, version);
    if (delivery?.status === 'sent') return { skip: 'already-sent' };
    return { items: content.items, deliveryId: dryRun ? null : delivery!.id };
  }

  /** The result names people: it goes after DRY_RUN_RESULT_TTL_MS, whatever else happens. */
  private async expireLater(eventId: string, mailingId: string): Promise<void> {
    const data: ExpireDryRunJobData = { eventId, mailingId };
    await this.queues.add(JobName.ExpireDryRun, data, {
      ...DRY_RUN_EXPIRY_JOB_OPTIONS,
      jobId: jobIds.dryRunExpiry(mailingId),
    });
  }

  private async enqueue(sends: SendEmailJobData[]): Promise<void> {
    if (!sends.length) return;
    await this.queues.queue(QueueName.Notifications).addBulk(
      sends.map((data) => ({
        name: JobName.SendEmail,
        data,
        opts: {
          ...SEND_EMAIL_JOB_OPTIONS,
          jobId: jobIds.sendEmail(data.mailingId, data.deliveryId),
        },
      })),
    );
  }
}

import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../../config/app-config.js';
import type { AppConfig } from '../../config/app-config.js';
import { ValidationFailedException } from '../../common/http/validation-failed.exception.js';
import { EventEntity } from '../../events/event.entity.js';
import { EventsService } from '../../events/events.service.js';
import { jobIds } from '../../jobs/job-ids.js';
import { JobName } from '../../jobs/queue-names.js';
import { QueuesService } from '../../jobs/queues.service.js';
import { EmailContentBuilders } from '../content/email-content-builders.js';
import { mailingWarnings } from '../content/organiser-contact.js';
import type { NotificationKind } from '../notification-kind.js';
import type { PlanMailingJobData } from './mailing-job-data.js';
import { DRY_RUN_JOB_OPTIONS } from './send-email-job-options.js';

export interface MailingRequest {
  kind: NotificationKind;
  options: unknown;
  /** External ids; undefined for everyone. */
  participants?: string[];
  dryRun: boolean;
}

/** Starts mailings: the request is checked here, the work happens in the planning job. */
@Injectable()
export class MailingsService {
  private readonly logger = new Logger('Notifications');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventsService,
    private readonly builders: EmailContentBuilders,
    private readonly queues: QueuesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async start(
    eventId: string,
    request: MailingRequest,
  ): Promise<{ jobId: string; warnings: string[] }> {
    const event = await this.events.findById(eventId);
    const builder = this.builders.find(request.kind);
    if (!builder) {
      throw new ValidationFailedException([
        { field: 'kind', reason: `"${request.kind}" e-mails are not available yet` },
      ]);
    }
    builder.assertReady(event);
    const mailingId = randomUUID();
    const data: PlanMailingJobData = {
      mailingId,
      eventId: event.id,
      kind: request.kind,
      options: request.options,
      // Internal ids in the job: Redis keeps jobs for days, and external ids name people.
      participantIds: request.participants
        ? await this.participantIds(event, request.participants)
        : null,
      dryRun: request.dryRun,
    };
    const jobId = jobIds.planMailing(mailingId);
    await this.queues.add(JobName.PlanMailing, data, {
      jobId,
      ...(request.dryRun && DRY_RUN_JOB_OPTIONS),
    });
    const warnings = mailingWarnings(event, this.config);
    for (const warning of warnings) this.logger.warn(`Mailing ${mailingId}: ${warning}`);
    return { jobId, warnings };
  }

  private async participantIds(event: EventEntity, externalIds: string[]): Promise<string[]> {
    const rows: { id: string; external_id: string }[] = await this.dataSource.query(
      'SELECT id, external_id FROM participant WHERE event_id = $1 AND external_id = ANY($2)',
      [event.id, externalIds],
    );
    const known = new Set(rows.map((row) => row.external_id));
    const unknown = externalIds.filter((externalId) => !known.has(externalId));
    if (unknown.length) {
      const shown = unknown.slice(0, 20).join(', ') + (unknown.length > 20 ? ', …' : '');
      throw new ValidationFailedException([
        { field: 'participants', reason: `no such participant in this event: ${shown}` },
      ]);
    }
    return rows.map((row) => row.id);
  }
}

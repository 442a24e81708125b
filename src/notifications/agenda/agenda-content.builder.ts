import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../../config/app-config.js';
import type { AppConfig } from '../../config/app-config.js';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ParticipantEntity } from '../../participants/participant.entity.js';
import { isSolved, ScheduleReadsService } from '../../scheduling/schedule-reads.service.js';
import { ScheduleEntity } from '../../scheduling/schedule.entity.js';
import type {
  ContentRequest,
  EmailContent,
  EmailContentBuilder,
  NoContent,
} from '../content/email-content.js';
import { emailLanguage } from '../content/email-language.js';
import { organiserContact } from '../content/organiser-contact.js';
import { composeAgendaEmail } from './agenda-email.js';
import type { AgendaOptions } from './agenda-options.js';

/** A participant's meetings in a published schedule, as an e-mail with the .ics attached. */
@Injectable()
export class AgendaContentBuilder implements EmailContentBuilder<AgendaOptions> {
  readonly kind = 'agenda';

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reads: ScheduleReadsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The schedule is checked when the mailing is requested (it names one). */
  assertReady(): void {}

  async build({
    event,
    recipient,
    options,
    unsubscribeUrl,
  }: ContentRequest<AgendaOptions>): Promise<EmailContent | NoContent> {
    const schedule = await this.dataSource
      .getRepository(ScheduleEntity)
      .findOneBy({ id: options.scheduleId, eventId: event.id });
    if (!schedule || !isSolved(schedule)) return { noContent: 'no-schedule' };
    if (options.requirePublished && schedule.status !== 'published') {
      return { noContent: 'schedule-not-published' };
    }
    const participant = await this.dataSource
      .getRepository(ParticipantEntity)
      .findOneBy({ id: recipient.id });
    if (!participant) return { noContent: 'no-participant' };
    const lang = emailLanguage(recipient.languages);
    const agenda = await this.reads.agendaOf(schedule, participant, lang);
    const calendar = await this.reads.calendarOf(agenda, event, schedule, lang, participant.id);
    // Nothing to show and nothing sent before to cancel.
    if (agenda.meetings.length === 0 && calendar.cancelled.length === 0) {
      return { noContent: 'no-meetings' };
    }
    return composeAgendaEmail({
      lang,
      eventName: event.name,
      recipientName: recipient.fullName,
      agenda,
      calendar,
      update: await this.sentBefore(recipient.id),
      unsubscribeUrl,
      contact: organiserContact(event, this.config),
    });
  }

  /** An agenda already reached this person: this one is an update. */
  private async sentBefore(participantId: string): Promise<boolean> {
    const [row] = await this.dataSource.query(
      `SELECT 1 FROM email_delivery WHERE participant_id = $1 AND kind = 'agenda' AND status = 'sent' LIMIT 1`,
      [participantId],
    );
    return !!row;
  }
}

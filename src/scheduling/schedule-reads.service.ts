import { ConflictException, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ReasonLanguage } from '../matching/engine/render-reason.js';
import { EventsService } from '../events/events.service.js';
import type { EventEntity } from '../events/event.entity.js';
import { findParticipant } from '../participants/find-participant.js';
import type { ParticipantEntity } from '../participants/participant.entity.js';
import type { AgendaDto } from './dto/agenda.dto.js';
import { ScheduleDto } from './dto/schedule.dto.js';
import { AgendaCalendar, agendaCalendar } from './export/agenda-calendar.js';
import { CalendarMemory } from './export/calendar-memory.js';
import { scheduleCsv } from './export/schedule-csv.js';
import { agendaOf } from './read/agenda.js';
import { meetingRows } from './read/meeting-rows.js';
import { scheduleRounds } from './read/schedule-rounds.js';
import type { ScheduleEntity } from './schedule.entity.js';
import { scheduleNotFound, SchedulesService } from './schedules.service.js';

/** Who reads: organisers see every schedule; a registration front-end, published ones only. */
export interface ScheduleAccess {
  draftsVisible: boolean;
}

/** Everything read from a solved schedule: the grid, one person's agenda, the exports. */
@Injectable()
export class ScheduleReadsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventsService,
    private readonly schedules: SchedulesService,
    // Provided globally by the notifications module, which records what e-mails sent.
    @Optional() private readonly memory?: CalendarMemory,
  ) {}

  async view(eventId: string, scheduleId: string): Promise<ScheduleDto> {
    const schedule = await this.schedules.get(eventId, scheduleId);
    const rows = isSolved(schedule) ? await meetingRows(this.dataSource, schedule.id) : [];
    return ScheduleDto.from(
      schedule,
      isSolved(schedule) ? scheduleRounds(schedule.params, rows) : [],
    );
  }

  async agenda(
    eventId: string,
    scheduleId: string,
    externalId: string,
    lang: ReasonLanguage,
    access: ScheduleAccess,
  ): Promise<{ agenda: AgendaDto; event: EventEntity; schedule: ScheduleEntity }> {
    const { agenda, event, schedule } = await this.agendaWithId(
      eventId,
      scheduleId,
      externalId,
      lang,
      access,
    );
    return { agenda, event, schedule };
  }

  private async agendaWithId(
    eventId: string,
    scheduleId: string,
    externalId: string,
    lang: ReasonLanguage,
    access: ScheduleAccess,
  ) {
    const { event, schedule } = await this.solved(eventId, scheduleId, access);
    const participant = await findParticipant(
      this.dataSource.manager,
      event.id,
      externalId,
      event.slug,
    );
    const agenda = await this.agendaOf(schedule, participant, lang);
    return { agenda, event, schedule, participantId: participant.id };
  }

  /** A participant's agenda in a solved schedule; empty when they withdrew consent. */
  async agendaOf(
    schedule: ScheduleEntity,
    participant: ParticipantEntity,
    lang: ReasonLanguage,
  ): Promise<AgendaDto> {
    const rows = participant.consentMatching
      ? await meetingRows(this.dataSource, schedule.id, participant.id)
      : [];
    const party = {
      id: participant.id,
      externalId: participant.externalId,
      fullName: participant.fullName,
      organisation: participant.organisation,
      organisationType: participant.organisationType,
      country: participant.country,
      region: participant.region,
      massif: participant.massif,
    };
    return agendaOf(schedule, party, rows, lang);
  }

  async calendar(
    eventId: string,
    scheduleId: string,
    externalId: string,
    lang: ReasonLanguage,
    access: ScheduleAccess,
  ): Promise<string> {
    const { agenda, event, schedule, participantId } = await this.agendaWithId(
      eventId,
      scheduleId,
      externalId,
      lang,
      access,
    );
    return (await this.calendarOf(agenda, event, schedule, lang, participantId)).ics;
  }

  async csv(eventId: string, scheduleId: string, lang: ReasonLanguage): Promise<string> {
    // The grid of the whole event: the organiser's only (the key guard sees to it).
    const { schedule } = await this.solved(eventId, scheduleId, { draftsVisible: true });
    const rows = await meetingRows(this.dataSource, schedule.id);
    return scheduleCsv(rows, schedule.params.timeZone, lang);
  }

  /**
   * The agenda as an iCalendar file (also attached to agenda e-mails), with the cancellation
   * of each meeting the participant was e-mailed before and no longer has. Its SEQUENCE starts
   * at the schedule's rank among the event's schedules: a later schedule's entries replace
   * earlier ones in a calendar, however close together they were solved.
   */
  async calendarOf(
    agenda: AgendaDto,
    event: EventEntity,
    schedule: ScheduleEntity,
    lang: ReasonLanguage,
    participantId: string,
  ): Promise<AgendaCalendar> {
    // Compared in SQL: created_at has microseconds, a JavaScript Date only milliseconds.
    const [{ rank }] = await this.dataSource.query(
      `SELECT count(*)::int AS rank FROM schedule s, schedule this
        WHERE this.id = $2 AND s.event_id = $1 AND (s.created_at, s.id) <= (this.created_at, this.id)`,
      [event.id, schedule.id],
    );
    const sent = (await this.memory?.sentEntries(event.id, participantId)) ?? [];
    return agendaCalendar(agenda, {
      eventId: event.id,
      eventName: event.name,
      stamp: schedule.solvedAt ?? schedule.createdAt,
      sequence: rank,
      lang,
      sent,
    });
  }

  private async solved(
    eventId: string,
    scheduleId: string,
    access: ScheduleAccess,
  ): Promise<{ event: EventEntity; schedule: ScheduleEntity }> {
    const event = await this.events.findById(eventId);
    const schedule = await this.schedules.find(event, scheduleId);
    // A draft is the organisers' to review: to anyone else it does not exist yet.
    if (!access.draftsVisible && schedule.status !== 'published') {
      throw scheduleNotFound(scheduleId, event.slug);
    }
    if (!isSolved(schedule)) {
      throw new ConflictException(
        `Schedule "${scheduleId}" is ${schedule.status}: agendas and exports exist once it is solved`,
      );
    }
    return { event, schedule };
  }
}

export function isSolved(schedule: ScheduleEntity): boolean {
  return schedule.status === 'ready' || schedule.status === 'published';
}

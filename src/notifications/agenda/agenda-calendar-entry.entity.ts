import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import { EventEntity } from '../../events/event.entity.js';
import { ParticipantEntity } from '../../participants/participant.entity.js';
import type { CalendarEntryStatus } from '../../scheduling/export/calendar-entries.js';

/**
 * One calendar entry (a meeting, or its cancellation) as a participant was last sent it by
 * e-mail: what a later agenda compares with to cancel the meetings it no longer holds.
 */
@Entity({ name: 'agenda_calendar_entry' })
@Index('agenda_calendar_entry_event_idx', ['eventId'])
@Check('agenda_calendar_entry_sequence_check', 'sequence >= 0')
@Check('agenda_calendar_entry_status_check', "status IN ('confirmed', 'cancelled')")
export class AgendaCalendarEntryEntity {
  @PrimaryColumn({
    name: 'participant_id',
    type: 'uuid',
    primaryKeyConstraintName: 'agenda_calendar_entry_pkey',
  })
  participantId: string;

  @ManyToOne(() => ParticipantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'participant_id',
    foreignKeyConstraintName: 'agenda_calendar_entry_participant_id_fkey',
  })
  participant?: Relation<ParticipantEntity>;

  /** The iCalendar UID: the event and the pair's external ids (see agenda-calendar.ts). */
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'agenda_calendar_entry_pkey' })
  uid: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'event_id',
    foreignKeyConstraintName: 'agenda_calendar_entry_event_id_fkey',
  })
  event?: Relation<EventEntity>;

  @Column({ type: 'int' })
  sequence: number;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'text' })
  status: CalendarEntryStatus;

  @Column({ name: 'sent_at', type: 'timestamptz', default: () => 'now()' })
  sentAt: Date;
}

import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import type { Relation } from 'typeorm';
import type { MatchReason } from '../matching/engine/match-types.js';
import { ParticipantEntity } from '../participants/participant.entity.js';
import { ScheduleEntity } from './schedule.entity.js';

/** Two participants at one table for one round. */
@Entity({ name: 'meeting' })
@Unique('meeting_schedule_round_table_key', ['scheduleId', 'round', 'tableNumber'])
@Index('meeting_participant_a_idx', ['participantA'])
@Index('meeting_participant_b_idx', ['participantB'])
export class MeetingEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'schedule_id', type: 'uuid' })
  scheduleId: string;

  @ManyToOne(() => ScheduleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'schedule_id', foreignKeyConstraintName: 'meeting_schedule_id_fkey' })
  schedule?: Relation<ScheduleEntity>;

  @Column({ type: 'int' })
  round: number;

  @Column({ name: 'table_number', type: 'int' })
  tableNumber: number;

  @Column({ name: 'participant_a', type: 'uuid' })
  participantA: string;

  @ManyToOne(() => ParticipantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_a', foreignKeyConstraintName: 'meeting_participant_a_fkey' })
  a?: Relation<ParticipantEntity>;

  @Column({ name: 'participant_b', type: 'uuid' })
  participantB: string;

  @ManyToOne(() => ParticipantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_b', foreignKeyConstraintName: 'meeting_participant_b_fkey' })
  b?: Relation<ParticipantEntity>;

  @Column({ type: 'double precision' })
  score: number;

  @Column({ name: 'needs_interpreter', type: 'boolean' })
  needsInterpreter: boolean;

  @Column({ type: 'boolean', default: false })
  locked: boolean;

  @Column({ name: 'must_meet', type: 'boolean', default: false })
  mustMeet: boolean;

  /** Why they meet, from a's side and from b's side (facts; rendered in the reader's language). */
  @Column({ name: 'reasons_a', type: 'jsonb', default: () => "'[]'" })
  reasonsA: MatchReason[];

  @Column({ name: 'reasons_b', type: 'jsonb', default: () => "'[]'" })
  reasonsB: MatchReason[];

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt: Date;
}

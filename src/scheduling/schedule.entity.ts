import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { Relation } from 'typeorm';
import { EventEntity } from '../events/event.entity.js';
import { MatchingRunEntity } from '../matching/runs/matching-run.entity.js';
import type { ScheduleParams } from './schedule-params.js';
import type { ScheduleStats } from './schedule-stats.js';

export const SCHEDULE_STATUSES = ['queued', 'solving', 'ready', 'failed', 'published'] as const;
export type ScheduleStatus = (typeof SCHEDULE_STATUSES)[number];

/** One speed-meeting plan of an event; published ones are frozen. */
@Entity({ name: 'schedule' })
@Index('schedule_event_idx', ['eventId'])
// One pending solve per event (migration 1795410000000): concurrent requests cannot pile up.
@Index('schedule_one_pending_per_event', ['eventId'], {
  unique: true,
  where: "status IN ('queued', 'solving')",
})
@Check('schedule_status_check', "status IN ('queued', 'solving', 'ready', 'failed', 'published')")
export class ScheduleEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'schedule_event_id_fkey' })
  event?: Relation<EventEntity>;

  @Column({ type: 'text' })
  status: ScheduleStatus;

  @Column({ name: 'job_id', type: 'text' })
  jobId: string;

  /** The run whose scores the solver used. */
  @Column({ name: 'matching_run_id', type: 'uuid', nullable: true })
  matchingRunId: string | null;

  @ManyToOne(() => MatchingRunEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'matching_run_id',
    foreignKeyConstraintName: 'schedule_matching_run_id_fkey',
  })
  matchingRun?: Relation<MatchingRunEntity>;

  @Column({ type: 'jsonb' })
  params: ScheduleParams;

  @Column({ type: 'jsonb', nullable: true })
  stats: ScheduleStats | null;

  @Column({ name: 'failure_reason', type: 'text', nullable: true })
  failureReason: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'solved_at', type: 'timestamptz', nullable: true })
  solvedAt: Date | null;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;
}

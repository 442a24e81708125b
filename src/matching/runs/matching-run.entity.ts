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
import { EventEntity } from '../../events/event.entity.js';
import type { EventSettings } from '../../events/event-settings.js';
import type { FittedTextModel } from '../engine/match-index.js';

export const MATCHING_RUN_STATUSES = [
  'queued',
  'running',
  'completed',
  'failed',
  'superseded',
] as const;
export type MatchingRunStatus = (typeof MATCHING_RUN_STATUSES)[number];

/** A full recomputation of an event's lists; readers see the event's current run only. */
@Entity({ name: 'matching_run' })
@Index('matching_run_event_idx', ['eventId'])
@Check(
  'matching_run_status_check',
  "status IN ('queued', 'running', 'completed', 'failed', 'superseded')",
)
export class MatchingRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'matching_run_event_id_fkey' })
  event?: Relation<EventEntity>;

  @Column({ type: 'text' })
  status: MatchingRunStatus;

  @Column({ name: 'job_id', type: 'text' })
  jobId: string;

  /** The event's settings when the run started: a run is reproducible. */
  @Column({ type: 'jsonb' })
  settings: EventSettings;

  @Column({ name: 'participant_count', type: 'int' })
  participantCount: number;

  @Column({ name: 'shard_count', type: 'int' })
  shardCount: number;

  @Column({ name: 'shards_done', type: 'int', default: 0 })
  shardsDone: number;

  /**
   * Set when the run scores each cross-border pair once (see two-sided-run.ts): shards below
   * `rowShards` rank the participants of `rowCountry`, the others those of the other country.
   */
  @Column({ name: 'row_country', type: 'text', nullable: true })
  rowCountry: string | null;

  @Column({ name: 'row_shards', type: 'int', nullable: true })
  rowShards: number | null;

  /** The shards stored so far: a shard redone after a crash is counted once. */
  @Column({ name: 'done_shards', type: 'int', array: true, default: () => "'{}'" })
  doneShards: number[];

  /**
   * The text model the run's lists were scored with, stored by the first worker to index the
   * run: the others, and every incremental update, score with it too.
   */
  @Column({ name: 'text_model', type: 'jsonb', nullable: true, select: false })
  textModel: FittedTextModel | null;

  /** Lists the run wrote, counted when it completed (they are deleted once it is replaced). */
  @Column({ name: 'lists_written', type: 'int', nullable: true })
  listsWritten: number | null;

  @Column({ name: 'failure_reason', type: 'text', nullable: true })
  failureReason: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}

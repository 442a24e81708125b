import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { EventEntity } from '../../events/event.entity.js';
import type { ImportRow } from './import-row.js';

export const IMPORT_STATUSES = ['queued', 'running', 'completed', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];
export type ImportFormat = 'json' | 'csv';

/** Why one row of an import was rejected; never echoes the rejected value (it may be personal). */
export interface ImportRowError {
  row: number;
  externalId: string | null;
  field: string;
  reason: string;
}

/** A bulk import: pending rows until the worker has taken them, then counts and row errors. */
@Entity({ name: 'participant_import' })
@Index('participant_import_event_idx', ['eventId'])
@Check('participant_import_format_check', "format IN ('json', 'csv')")
@Check('participant_import_status_check', "status IN ('queued', 'running', 'completed', 'failed')")
export class ParticipantImportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'participant_import_event_id_fkey' })
  event?: EventEntity;

  @Column({ type: 'text' })
  format: ImportFormat;

  @Column({ type: 'text' })
  status: ImportStatus;

  @Column({ name: 'job_id', type: 'text' })
  jobId: string;

  /** Unknown (null) while the job has not yet read a large CSV file. */
  @Column({ name: 'total_rows', type: 'int', nullable: true })
  totalRows: number | null;

  /** Rows already applied: the worker resumes here after a crash or a restart. */
  @Column({ name: 'processed_rows', type: 'int', default: 0 })
  processedRows: number;

  @Column({ name: 'created_count', type: 'int', default: 0 })
  createdCount: number;

  @Column({ name: 'updated_count', type: 'int', default: 0 })
  updatedCount: number;

  @Column({ name: 'unchanged_count', type: 'int', default: 0 })
  unchangedCount: number;

  @Column({ name: 'rejected_count', type: 'int', default: 0 })
  rejectedCount: number;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  errors: ImportRowError[];

  @Column({ name: 'ignored_columns', type: 'text', array: true, default: () => "'{}'" })
  ignoredColumns: string[];

  /** A large CSV file as sent, until the job has read it into `rows` (then cleared). */
  @Column({ type: 'bytea', nullable: true, select: false })
  upload: Buffer | null;

  /** Cleared once applied: personal data should live in `participant` only. */
  @Column({ type: 'jsonb', nullable: true, select: false })
  rows: ImportRow[] | null;

  @Column({ name: 'failure_reason', type: 'text', nullable: true })
  failureReason: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}

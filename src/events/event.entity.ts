import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Relation } from 'typeorm';
import { MatchingRunEntity } from '../matching/runs/matching-run.entity.js';
import type { EventSettings } from './event-settings.js';

/** One edition of the Rencontres: its participants, matches and schedules hang off it. */
@Entity({ name: 'event' })
export class EventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  slug: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'starts_on', type: 'date', nullable: true })
  startsOn: string | null;

  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn: string | null;

  @Column({ type: 'text', default: 'Europe/Paris' })
  timezone: string;

  @Column({ type: 'jsonb' })
  settings: EventSettings;

  /** The run whose lists readers see; null until the first full run completes. */
  @Column({ name: 'current_matching_run_id', type: 'uuid', nullable: true })
  currentMatchingRunId: string | null;

  // Relation<> keeps the event ↔ run import cycle out of the emitted decorator metadata.
  @ManyToOne(() => MatchingRunEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'current_matching_run_id',
    foreignKeyConstraintName: 'event_current_matching_run_id_fkey',
  })
  currentMatchingRun?: Relation<MatchingRunEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

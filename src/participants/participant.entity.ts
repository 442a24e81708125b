import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { EventEntity } from '../events/event.entity.js';

/** A registration for one event; `externalId` is the registration system's key for upserts. */
@Entity({ name: 'participant' })
@Unique('participant_event_external_id_key', ['eventId', 'externalId'])
@Index('participant_event_country_idx', ['eventId', 'country'])
@Index('participant_event_type_idx', ['eventId', 'organisationType'])
// Expression and GIN indexes TypeORM cannot describe: (event_id, lower(email)) unique, themes GIN.
@Index('participant_event_email_key', { synchronize: false })
@Index('participant_themes_idx', { synchronize: false })
export class ParticipantEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'participant_event_id_fkey' })
  event?: EventEntity;

  @Column({ name: 'external_id', type: 'text' })
  externalId: string;

  @Column({ type: 'text' })
  email: string;

  @Column({ name: 'full_name', type: 'text' })
  fullName: string;

  @Column({ type: 'text' })
  organisation: string;

  @Column({ name: 'organisation_type', type: 'text' })
  organisationType: string;

  @Column({ type: 'text', nullable: true })
  sector: string | null;

  @Column({ type: 'char', length: 2 })
  country: string;

  @Column({ type: 'text', nullable: true })
  region: string | null;

  @Column({ type: 'text', nullable: true })
  massif: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themes: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  languages: string[];

  @Column({ type: 'text', nullable: true })
  offers: string | null;

  @Column({ type: 'text', nullable: true })
  needs: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'consent_matching', type: 'boolean', default: false })
  consentMatching: boolean;

  @Column({ name: 'consent_email', type: 'boolean', default: false })
  consentEmail: boolean;

  /** Speed-meeting rounds the person attends; null means every round. */
  @Column({ type: 'int', array: true, nullable: true })
  availability: number[] | null;

  /** Bumped only when the profile really changes, so matching can skip unchanged people. */
  @Column({ name: 'profile_version', type: 'int', default: 1 })
  profileVersion: number;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

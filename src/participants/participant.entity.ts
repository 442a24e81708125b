import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A registration for one event; `externalId` is the registration system's key for upserts. */
@Entity({ name: 'participant' })
export class ParticipantEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

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

  @Column({ type: 'text', array: true })
  themes: string[];

  @Column({ type: 'text', array: true })
  languages: string[];

  @Column({ type: 'text', nullable: true })
  offers: string | null;

  @Column({ type: 'text', nullable: true })
  needs: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ name: 'consent_matching', type: 'boolean' })
  consentMatching: boolean;

  @Column({ name: 'consent_email', type: 'boolean' })
  consentEmail: boolean;

  /** Speed-meeting rounds the person attends; null means every round. */
  @Column({ type: 'int', array: true, nullable: true })
  availability: number[] | null;

  /** Bumped only when the profile really changes, so matching can skip unchanged people. */
  @Column({ name: 'profile_version', type: 'int' })
  profileVersion: number;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

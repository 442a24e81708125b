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
import { ParticipantEntity } from '../../participants/participant.entity.js';
import type { NotificationKind } from '../notification-kind.js';

export const DELIVERY_STATUSES = ['queued', 'sent', 'failed', 'skipped'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/**
 * Why a queued e-mail was not sent after all: 'no-consent' (withdrawn meanwhile),
 * 'superseded' (its content changed: the new version has its own row), or the content
 * builder's reason ('no-partners'…).
 */
export type SkipReason = string;

/**
 * One e-mail to one participant: one row per (participant, kind, content version). The dedupe
 * key makes re-triggers and retried jobs idempotent; erasing the participant erases the row.
 */
@Entity({ name: 'email_delivery' })
@Index('email_delivery_event_created_idx', ['eventId', 'createdAt', 'id'])
@Index('email_delivery_participant_idx', ['participantId'])
@Check('email_delivery_kind_check', "kind IN ('suggestions', 'agenda')")
@Check('email_delivery_status_check', "status IN ('queued', 'sent', 'failed', 'skipped')")
export class EmailDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'email_delivery_event_id_fkey' })
  event?: Relation<EventEntity>;

  @Column({ name: 'participant_id', type: 'uuid' })
  participantId: string;

  @ManyToOne(() => ParticipantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'participant_id',
    foreignKeyConstraintName: 'email_delivery_participant_id_fkey',
  })
  participant?: Relation<ParticipantEntity>;

  @Column({ type: 'text' })
  kind: NotificationKind;

  /** sha256 of event, participant, kind and what the e-mail shows (see dedupe-key.ts). */
  @Column({ name: 'dedupe_key', type: 'text', unique: true })
  dedupeKey: string;

  @Column({ type: 'text', default: 'queued' })
  status: DeliveryStatus;

  @Column({ name: 'skip_reason', type: 'text', nullable: true })
  skipReason: SkipReason | null;

  /** The Message-ID the transport gave the e-mail. */
  @Column({ name: 'provider_message_id', type: 'text', nullable: true })
  providerMessageId: string | null;

  /** The last error, transient or final. */
  @Column({ type: 'text', nullable: true })
  error: string | null;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}

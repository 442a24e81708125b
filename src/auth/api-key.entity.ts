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

export const EVENT_KEY_ROLES = ['organiser', 'frontend'] as const;
export type EventKeyRole = (typeof EVENT_KEY_ROLES)[number];

/** A key scoped to one event. Only its SHA-256 is stored: the secret is shown once. */
@Entity({ name: 'api_key' })
@Index('api_key_event_idx', ['eventId'])
@Index('api_key_hash_key', ['keyHash'], { unique: true })
@Check('api_key_role_check', "role IN ('organiser', 'frontend')")
export class ApiKeyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'event_id', type: 'uuid' })
  eventId: string;

  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id', foreignKeyConstraintName: 'api_key_event_id_fkey' })
  event?: Relation<EventEntity>;

  @Column({ type: 'text' })
  role: EventKeyRole;

  @Column({ name: 'key_hash', type: 'text' })
  keyHash: string;

  /** The first characters of the secret, so an organiser can tell keys apart. */
  @Column({ name: 'key_prefix', type: 'text' })
  keyPrefix: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}

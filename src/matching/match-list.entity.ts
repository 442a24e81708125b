import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { Relation } from 'typeorm';
import type { MatchReason } from './engine/match-types.js';
import { ParticipantEntity } from '../participants/participant.entity.js';
import { MatchingRunEntity } from './runs/matching-run.entity.js';

/** Entries kept in `head`: the default page size of GET …/matches. */
export const HEAD_LENGTH = 10;

/** One suggestion of a list, in rank order. */
export interface StoredMatch {
  partnerId: string;
  score: number;
  needsInterpreter: boolean;
  reasons: MatchReason[];
}

/** A participant's ranked suggestions as computed by a run, stored as one row. */
@Entity({ name: 'match_list' })
@Index('match_list_participant_idx', ['participantId'])
// GIN over partner_ids: TypeORM cannot describe it.
@Index('match_list_partner_ids_idx', { synchronize: false })
export class MatchListEntity {
  @PrimaryColumn({ name: 'run_id', type: 'uuid', primaryKeyConstraintName: 'match_list_pkey' })
  runId: string;

  @PrimaryColumn({
    name: 'participant_id',
    type: 'uuid',
    primaryKeyConstraintName: 'match_list_pkey',
  })
  participantId: string;

  @Column({ name: 'partner_ids', type: 'uuid', array: true })
  partnerIds: string[];

  @Column({ type: 'jsonb' })
  entries: StoredMatch[];

  /** The first `HEAD_LENGTH` entries again: most reads need no more. */
  @Column({ type: 'jsonb' })
  head: StoredMatch[];

  @Column({ type: 'int' })
  length: number;

  /** The k-th score when the list is full: a newcomer must beat it to enter. */
  @Column({ name: 'lowest_score', type: 'double precision', nullable: true })
  lowestScore: number | null;

  @Column({ name: 'computed_at', type: 'timestamptz', default: () => 'now()' })
  computedAt: Date;

  @ManyToOne(() => MatchingRunEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'run_id', foreignKeyConstraintName: 'match_list_run_id_fkey' })
  run?: Relation<MatchingRunEntity>;

  @ManyToOne(() => ParticipantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'participant_id',
    foreignKeyConstraintName: 'match_list_participant_id_fkey',
  })
  participant?: Relation<ParticipantEntity>;
}

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { MatchReason } from './engine/match-types.js';
import { ParticipantEntity } from '../participants/participant.entity.js';
import { MatchingRunEntity } from './runs/matching-run.entity.js';

/** One suggestion: `partner` at `rank` in `participant`'s list, as computed by a run. */
@Entity({ name: 'match' })
@Index('match_partner_idx', ['partnerId'])
@Index('match_run_rank_idx', ['runId', 'rank'])
export class MatchEntity {
  @PrimaryColumn({ name: 'run_id', type: 'uuid', primaryKeyConstraintName: 'match_pkey' })
  runId: string;

  @PrimaryColumn({ name: 'participant_id', type: 'uuid', primaryKeyConstraintName: 'match_pkey' })
  participantId: string;

  @PrimaryColumn({ type: 'int', primaryKeyConstraintName: 'match_pkey' })
  rank: number;

  @Column({ name: 'partner_id', type: 'uuid' })
  partnerId: string;

  @Column({ type: 'double precision' })
  score: number;

  @Column({ name: 'needs_interpreter', type: 'boolean' })
  needsInterpreter: boolean;

  @Column({ type: 'jsonb' })
  reasons: MatchReason[];

  @Column({ name: 'computed_at', type: 'timestamptz', default: () => 'now()' })
  computedAt: Date;

  @ManyToOne(() => MatchingRunEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'run_id', foreignKeyConstraintName: 'match_run_id_fkey' })
  run?: MatchingRunEntity;

  @ManyToOne(() => ParticipantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id', foreignKeyConstraintName: 'match_participant_id_fkey' })
  participant?: ParticipantEntity;

  @ManyToOne(() => ParticipantEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partner_id', foreignKeyConstraintName: 'match_partner_id_fkey' })
  partner?: ParticipantEntity;
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { HandlesJob, JobHandler } from '../../jobs/job-handler.decorator.js';
import { JobName } from '../../jobs/queue-names.js';
import { rankedMatches, suggestion } from '../engine/compute-matches.js';
import type { MatchIndex } from '../engine/match-index.js';
import type { MatchOptions } from '../engine/match-types.js';
import {
  candidatePositions,
  EXCLUDED,
  scoreCandidates,
  ScoringBuffers,
} from '../engine/score-candidates.js';
import type { StoredMatch } from '../match-list.entity.js';
import { replaceMatchLists, toStored } from '../match-lists-writer.js';
import type { UpdateParticipantMatchesJobData } from '../runs/matching-job-data.js';
import { MatchingRunEntity } from '../runs/matching-run.entity.js';
import { placeInList, RANK_AGAIN } from './list-placement.js';
import { LiveIndexes } from './live-indexes.js';

export interface MatchUpdateSummary {
  participantId: string;
  listsUpdated: number;
  skipped?: string;
}

interface ListState {
  /** The list has its k entries; `lowestScore` is the k-th. */
  full: boolean;
  lowestScore: number;
  holdsParticipant: boolean;
}

/**
 * Brings one participant's place in the current run up to date without a full run: their own
 * list, and every list they now enter, leave or move in. Scores are symmetric, so one pass
 * against everyone tells which lists are affected; in most of them the participant is put at
 * their place directly, and only a list they leave is ranked again (its next partner is
 * unknown).
 */
@Injectable()
@HandlesJob(JobName.UpdateParticipantMatches)
export class UpdateMatchesHandler implements JobHandler<
  UpdateParticipantMatchesJobData,
  MatchUpdateSummary
> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly liveIndexes: LiveIndexes,
  ) {}

  /**
   * Updates of one event take turns, across every worker process (a PostgreSQL advisory lock):
   * two updates computed side by side would each write lists that miss the other's change.
   */
  async handle(job: Job<UpdateParticipantMatchesJobData>): Promise<MatchUpdateSummary> {
    const lock = this.dataSource.createQueryRunner();
    await lock.connect();
    try {
      await lock.query('SELECT pg_advisory_lock(hashtext($1))', [
        `matching-updates-${job.data.eventId}`,
      ]);
      return await this.update(job);
    } finally {
      await lock
        .query('SELECT pg_advisory_unlock(hashtext($1))', [`matching-updates-${job.data.eventId}`])
        .finally(() => lock.release());
    }
  }

  private async update(job: Job<UpdateParticipantMatchesJobData>): Promise<MatchUpdateSummary> {
    const { eventId, participantId } = job.data;
    const [event] = await this.dataSource.query(
      'SELECT current_matching_run_id FROM event WHERE id = $1',
      [eventId],
    );
    const runId: string | null = event?.current_matching_run_id ?? null;
    if (!runId) return { participantId, listsUpdated: 0, skipped: 'no matching run yet' };
    const run = await this.dataSource
      .getRepository(MatchingRunEntity)
      .findOneByOrFail({ id: runId });
    const options: MatchOptions = run.settings;

    const { index } = await this.liveIndexes.synced(eventId, runId);
    const buffers = new ScoringBuffers(index.features.length);
    const states = await this.listStates(runId, participantId, options.topK);
    const position = index.positionOf.get(participantId);

    // The lists the participant may enter, move in or leave, with their score there.
    const touched = new Map<string, number | null>();
    for (const viewer of job.data.refill ?? []) touched.set(viewer, null);
    if (position === undefined) {
      // Erased, or no longer consenting: out of every list, and no list of their own.
      for (const [viewer, state] of states) if (state.holdsParticipant) touched.set(viewer, null);
    } else {
      const candidates = candidatePositions(index, position, options);
      const scores = scoreCandidates(index, position, options, buffers, candidates);
      for (const viewer of candidates) {
        const score = scores[viewer];
        if (score === EXCLUDED) continue;
        const id = index.features[viewer].profile.id;
        if (mayChange(states.get(id), score)) touched.set(id, score > 0 ? score : null);
      }
    }

    const lists = new Map<string, readonly StoredMatch[]>([
      [participantId, this.listOf(index, participantId, options, buffers)],
    ]);
    const stored = await this.storedLists(runId, [...touched.keys()]);
    for (const [viewerId, score] of touched) {
      const viewer = index.positionOf.get(viewerId);
      if (viewer === undefined) continue;
      const entries = stored.get(viewerId) ?? [];
      const entry =
        score === null || position === undefined
          ? null
          : suggestion(index, viewer, position, score, 0, options);
      const placed = placeInList(entries, participantId, entry && toStored(entry), options.topK);
      if (placed === RANK_AGAIN)
        lists.set(viewerId, this.listOf(index, viewerId, options, buffers));
      else if (placed !== entries) lists.set(viewerId, placed);
    }

    const written = await this.dataSource.transaction(async (manager) => {
      const [current] = await manager.query(
        'SELECT current_matching_run_id FROM event WHERE id = $1 FOR SHARE',
        [eventId],
      );
      // A newer run took over meanwhile: it saw this change, or its finish re-enqueues it.
      if (current?.current_matching_run_id !== runId) return false;
      await replaceMatchLists(manager, runId, lists);
      return true;
    });
    return written
      ? { participantId, listsUpdated: lists.size }
      : { participantId, listsUpdated: 0, skipped: 'a newer run took over' };
  }

  private listOf(
    index: MatchIndex,
    id: string,
    options: MatchOptions,
    buffers: ScoringBuffers,
  ): StoredMatch[] {
    const position = index.positionOf.get(id);
    return position === undefined ? [] : rankedMatches(index, position, options, buffers);
  }

  /** For each list of the run: whether it is full, its last score, whether it holds them. */
  private async listStates(
    runId: string,
    participantId: string,
    topK: number,
  ): Promise<Map<string, ListState>> {
    const rows: {
      participant_id: string;
      length: number;
      lowest_score: number | null;
      holds: boolean;
    }[] = await this.dataSource.query(
      `SELECT participant_id, length, lowest_score, partner_ids @> ARRAY[$2]::uuid[] AS holds
           FROM match_list WHERE run_id = $1`,
      [runId, participantId],
    );
    return new Map(
      rows.map((row) => [
        row.participant_id,
        {
          full: row.length >= topK,
          lowestScore: row.lowest_score ?? 0,
          holdsParticipant: row.holds,
        },
      ]),
    );
  }

  private async storedLists(
    runId: string,
    participantIds: string[],
  ): Promise<Map<string, StoredMatch[]>> {
    if (!participantIds.length) return new Map();
    const rows: { participant_id: string; entries: StoredMatch[] }[] = await this.dataSource.query(
      'SELECT participant_id, entries FROM match_list WHERE run_id = $1 AND participant_id = ANY($2::uuid[])',
      [runId, participantIds],
    );
    return new Map(rows.map((row) => [row.participant_id, row.entries]));
  }
}

/**
 * A list may change when it holds the participant, has room, or their score reaches its last
 * (an equal score may still enter, by id).
 */
function mayChange(state: ListState | undefined, score: number): boolean {
  if (state?.holdsParticipant) return true;
  return score > 0 && (!state?.full || score >= state.lowestScore);
}

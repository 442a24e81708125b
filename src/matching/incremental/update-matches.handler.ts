import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import { DataSource } from 'typeorm';
import { HandlesJob, JobHandler } from '../../jobs/job-handler.decorator.js';
import { JobName } from '../../jobs/queue-names.js';
import { rankedMatches } from '../engine/compute-matches.js';
import { buildMatchIndex, MatchIndex } from '../engine/match-index.js';
import type { Match, MatchOptions } from '../engine/match-types.js';
import {
  candidatePositions,
  EXCLUDED,
  scoreCandidates,
  ScoringBuffers,
} from '../engine/score-candidates.js';
import { replaceMatchLists } from '../match-lists-writer.js';
import { ProfileAnalysisCache } from '../profile-analysis-cache.js';
import { loadMatchProfiles } from '../matching-profiles.js';
import type { UpdateParticipantMatchesJobData } from '../runs/matching-job-data.js';
import { MatchingRunEntity } from '../runs/matching-run.entity.js';

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
 * against everyone tells which lists are affected.
 */
@Injectable()
@HandlesJob(JobName.UpdateParticipantMatches)
export class UpdateMatchesHandler implements JobHandler<
  UpdateParticipantMatchesJobData,
  MatchUpdateSummary
> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly analyses: ProfileAnalysisCache,
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

    const index = buildMatchIndex(
      await loadMatchProfiles(this.dataSource.manager, eventId),
      this.analyses.analyse,
    );
    const buffers = new ScoringBuffers(index.features.length);
    const states = await this.listStates(runId, participantId, options.topK);
    const affected = new Set(job.data.refill ?? []);
    const position = index.positionOf.get(participantId);
    if (position === undefined) {
      // Erased, or no longer consenting: out of every list, and no list of their own.
      for (const [viewer, state] of states) if (state.holdsParticipant) affected.add(viewer);
    } else {
      const candidates = candidatePositions(index, position, options);
      const scores = scoreCandidates(index, position, options, buffers, candidates);
      for (const viewer of candidates) {
        if (viewer === position || scores[viewer] === EXCLUDED) continue;
        const id = index.features[viewer].profile.id;
        if (entersOrMoves(states.get(id), scores[viewer])) affected.add(id);
      }
    }

    const lists = new Map<string, Match[]>([
      [participantId, this.listOf(index, participantId, options, buffers)],
    ]);
    for (const viewer of affected) lists.set(viewer, this.listOf(index, viewer, options, buffers));

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
  ): Match[] {
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
}

/** A list changes when it held the participant, has room, or the new score beats its last. */
function entersOrMoves(state: ListState | undefined, score: number): boolean {
  if (state?.holdsParticipant) return true;
  return score > 0 && (!state?.full || score > state.lowestScore);
}

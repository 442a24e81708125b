import { Injectable, Logger } from '@nestjs/common';
import { PhaseTimer } from '../../common/phase-timer.js';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Job } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import { HandlesJob, JobHandler } from '../../jobs/job-handler.decorator.js';
import { JobName } from '../../jobs/queue-names.js';
import { rankedFromScores, rankedMatches, suggestion } from '../engine/compute-matches.js';
import type { MatchIndex } from '../engine/match-index.js';
import type { MatchOptions } from '../engine/match-types.js';
import { candidatePositions, scoreCandidates, ScoringBuffers } from '../engine/score-candidates.js';
import type { StoredMatch } from '../match-list.entity.js';
import { replaceMatchLists, toStored } from '../match-lists-writer.js';
import type { UpdateParticipantMatchesJobData } from '../runs/matching-job-data.js';
import { affectedLists, ScoredParticipant } from './affected-lists.js';
import { insertIntoLists } from './arrivals-writer.js';
import { placeInList, RANK_AGAIN } from './list-placement.js';
import { holdersOf, listStates, storedLists } from './stored-list-reads.js';
import { LiveIndexes } from './live-indexes.js';

export interface MatchUpdateSummary {
  participantId: string;
  listsUpdated: number;
  skipped?: string;
}

/**
 * Brings one participant's place in the current run up to date without a full run: first their
 * own list, committed on its own, then every list they now enter, leave or move in. Scores are
 * symmetric, so one pass against everyone tells which lists are affected. Lists they enter are
 * updated in SQL without being read; lists that held them are read and updated in place, and
 * only a list they leave (or drop to the end of) is ranked again: its next partner is unknown.
 */
@Injectable()
@HandlesJob(JobName.UpdateParticipantMatches)
export class UpdateMatchesHandler implements JobHandler<
  UpdateParticipantMatchesJobData,
  MatchUpdateSummary
> {
  private readonly logger = new Logger('Matching');

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
    const [run]: { id: string; settings: MatchOptions }[] = await this.dataSource.query(
      `SELECT r.id, r.settings FROM event e JOIN matching_run r ON r.id = e.current_matching_run_id
        WHERE e.id = $1`,
      [eventId],
    );
    if (!run) return { participantId, listsUpdated: 0, skipped: 'no matching run yet' };
    const { id: runId, settings: options } = run;

    const timer = new PhaseTimer();
    const { index } = await this.liveIndexes.synced(eventId, runId);
    timer.lap('index');
    const buffers = new ScoringBuffers(index.features.length);
    const participant = scored(index, participantId, options, buffers);

    // What the other lists look like is read meanwhile, on other connections: their own list
    // plays no part in it.
    const otherLists = Promise.all([
      listStates(this.dataSource, runId, options.topK),
      holdersOf(this.dataSource, runId, participantId),
    ]);
    otherLists.catch(() => undefined); // awaited below, unless the first write fails

    // Their own list first, on its own: it is what their registration page is waiting for.
    const own = participant
      ? rankedFromScores(
          index,
          participant.position,
          participant.scores,
          participant.candidates,
          options,
        )
      : [];
    const current = await this.ifCurrentRun(eventId, runId, (manager) =>
      replaceMatchLists(manager, runId, new Map([[participantId, own]])),
    );
    if (!current) return { participantId, listsUpdated: 0, skipped: 'a newer run took over' };
    timer.lap('own list');

    // Then every list they enter, move in or leave.
    const [states, holders] = await otherLists;
    timer.lap('states');
    const { holding, arrivals, firstLists } = affectedLists(
      index,
      participant,
      states,
      [...holders, ...(job.data.refill ?? [])],
      options,
    );
    const lists = new Map<string, readonly StoredMatch[]>(firstLists);
    const rankedAgain = await this.placeInHoldingLists(
      index,
      runId,
      participantId,
      holding,
      options,
      buffers,
      lists,
    );
    timer.lap('place');

    let entered = 0;
    await this.ifCurrentRun(eventId, runId, async (manager) => {
      await replaceMatchLists(manager, runId, lists);
      entered = await insertIntoLists(manager, runId, participantId, arrivals, options.topK);
    });
    timer.lap('write');
    this.logger.debug(
      `Update of ${participantId}: entered ${entered + firstLists.size} lists, ` +
        `${lists.size - firstLists.size} moved or ranked again (${rankedAgain}), in ${timer}`,
    );
    return { participantId, listsUpdated: 1 + entered + lists.size };
  }

  /**
   * The lists that hold the participant, read and updated in place into `lists`, or ranked
   * again when they leave one (or drop to its end). Returns how many were ranked again.
   */
  private async placeInHoldingLists(
    index: MatchIndex,
    runId: string,
    participantId: string,
    holding: ReadonlyMap<string, number | null>,
    options: MatchOptions,
    buffers: ScoringBuffers,
    lists: Map<string, readonly StoredMatch[]>,
  ): Promise<number> {
    const stored = await storedLists(this.dataSource, runId, [...holding.keys()]);
    const position = index.positionOf.get(participantId);
    let rankedAgain = 0;
    for (const [viewerId, score] of holding) {
      const viewer = index.positionOf.get(viewerId);
      if (viewer === undefined) continue;
      const entries = stored.get(viewerId) ?? [];
      const entry =
        score === null || position === undefined
          ? null
          : toStored(suggestion(index, viewer, position, score, 0, options));
      const placed = placeInList(entries, participantId, entry, options.topK);
      if (placed === RANK_AGAIN) {
        lists.set(viewerId, this.listOf(index, viewerId, options, buffers));
        rankedAgain += 1;
      } else if (placed !== entries) lists.set(viewerId, placed);
    }
    return rankedAgain;
  }

  /**
   * Runs `write` in a transaction unless a newer run took over meanwhile: that run saw this
   * change, or its finish enqueues it again.
   */
  private ifCurrentRun(
    eventId: string,
    runId: string,
    write: (manager: EntityManager) => Promise<unknown>,
  ): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const [event] = await manager.query(
        'SELECT current_matching_run_id FROM event WHERE id = $1 FOR SHARE',
        [eventId],
      );
      if (event?.current_matching_run_id !== runId) return false;
      await write(manager);
      return true;
    });
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
}

/** The participant scored against every candidate, or null when they left the index. */
function scored(
  index: MatchIndex,
  participantId: string,
  options: MatchOptions,
  buffers: ScoringBuffers,
): ScoredParticipant | null {
  const position = index.positionOf.get(participantId);
  if (position === undefined) return null;
  const candidates = candidatePositions(index, position, options);
  // Copied: ranking other lists again reuses the buffers.
  const scores = Float64Array.from(scoreCandidates(index, position, options, buffers, candidates));
  return { position, scores, candidates };
}

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
import { Arrival, insertIntoLists } from './arrivals-writer.js';
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

    const timer = new PhaseTimer();
    const { index } = await this.liveIndexes.synced(eventId, runId);
    timer.lap('index');
    const buffers = new ScoringBuffers(index.features.length);
    const position = index.positionOf.get(participantId);
    const candidates = position === undefined ? null : candidatePositions(index, position, options);
    // Kept apart: ranking other lists again reuses the buffers.
    const scores =
      position === undefined
        ? null
        : Float64Array.from(scoreCandidates(index, position, options, buffers, candidates!));

    // What the other lists look like is read meanwhile, on other connections: their own list
    // plays no part in it.
    const otherLists = Promise.all([
      this.listStates(runId, options.topK),
      this.holdersOf(runId, participantId),
    ]);
    otherLists.catch(() => undefined); // awaited below, unless the first write fails

    // Their own list first, on its own: it is what their registration page is waiting for.
    const own =
      position === undefined
        ? []
        : rankedFromScores(index, position, scores!, candidates!, options);
    const current = await this.ifCurrentRun(eventId, runId, (manager) =>
      replaceMatchLists(manager, runId, new Map([[participantId, own]])),
    );
    if (!current) return { participantId, listsUpdated: 0, skipped: 'a newer run took over' };
    timer.lap('own list');

    // Then every list they enter, move in or leave.
    const [states, holders] = await otherLists;
    timer.lap('states');
    // Lists that hold them (or held someone erased): read, then updated in place or ranked again.
    const moves = new Map<string, number | null>();
    for (const viewer of [...holders, ...(job.data.refill ?? [])]) moves.set(viewer, null);
    const arrivals: Arrival[] = [];
    const firstLists = new Map<string, StoredMatch[]>();
    if (position !== undefined) {
      for (const viewer of candidates!) {
        const score = scores![viewer];
        if (score === EXCLUDED) continue;
        const id = index.features[viewer].profile.id;
        if (moves.has(id)) moves.set(id, score > 0 ? score : null);
        else if (mayEnter(states.get(id), score)) {
          const entry = toStored(suggestion(index, viewer, position, score, 0, options));
          // No stored list yet (nobody suggested so far): this is its first entry.
          if (states.has(id)) arrivals.push({ viewerId: id, entry });
          else firstLists.set(id, [entry]);
        }
      }
    }
    const stored = await this.storedLists(runId, [...moves.keys()]);
    const lists = new Map<string, readonly StoredMatch[]>(firstLists);
    let rankedAgain = 0;
    for (const [viewerId, score] of moves) {
      const viewer = index.positionOf.get(viewerId);
      if (viewer === undefined) continue;
      const entries = stored.get(viewerId) ?? [];
      const entry =
        score === null ? null : toStored(suggestion(index, viewer, position!, score, 0, options));
      const placed = placeInList(entries, participantId, entry, options.topK);
      if (placed === RANK_AGAIN) {
        lists.set(viewerId, this.listOf(index, viewerId, options, buffers));
        rankedAgain += 1;
      } else if (placed !== entries) lists.set(viewerId, placed);
    }
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

  /** For each list of the run: whether it is full, and its last score. */
  private async listStates(runId: string, topK: number): Promise<Map<string, ListState>> {
    // One string rather than 20,000 rows: several times cheaper to receive and parse. Scores
    // print exactly (shortest round-trip form), so they compare to the last bit.
    const [{ states }]: { states: string | null }[] = await this.dataSource.query(
      `SELECT string_agg(participant_id::text || ' ' || length || ' ' || coalesce(lowest_score, 0), ' ') AS states
         FROM match_list WHERE run_id = $1`,
      [runId],
    );
    const words = states ? states.split(' ') : [];
    const byList = new Map<string, ListState>();
    for (let i = 0; i < words.length; i += 3) {
      byList.set(words[i], {
        full: Number(words[i + 1]) >= topK,
        lowestScore: Number(words[i + 2]),
      });
    }
    return byList;
  }

  /** The lists of the run that hold the participant (through the index on partner_ids). */
  private async holdersOf(runId: string, participantId: string): Promise<string[]> {
    const rows: { participant_id: string }[] = await this.dataSource.query(
      'SELECT participant_id FROM match_list WHERE run_id = $1 AND partner_ids @> ARRAY[$2]::uuid[]',
      [runId, participantId],
    );
    return rows.map((row) => row.participant_id);
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

/** A list they are not in may take them: it has room, or their score reaches its last. */
function mayEnter(state: ListState | undefined, score: number): boolean {
  // An equal score may still enter, by partner id: insertIntoLists decides.
  return score > 0 && (!state?.full || score >= state.lowestScore);
}

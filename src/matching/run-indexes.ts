import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { runUpdate } from '../database/run-update.js';
import {
  buildMatchIndex,
  FittedTextModel,
  fittedTextModel,
  MatchIndex,
} from './engine/match-index.js';
import { MatchIndexCache } from './match-index-cache.js';
import { loadMatchProfiles } from './matching-profiles.js';
import { ProfileAnalysisCache } from './profile-analysis-cache.js';

/**
 * The index of a run's participants in this worker, scored with the run's text model: the
 * first worker to index the run fits the model on the participants it finds and stores it;
 * every other worker, and every later update, uses that one. So all the lists of a run are on
 * one scale, whichever process computed them.
 */
@Injectable()
export class RunIndexes {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cache: MatchIndexCache,
    private readonly analyses: ProfileAnalysisCache,
  ) {}

  of(runId: string, eventId: string): Promise<MatchIndex> {
    return this.cache.get(runId, () => this.build(runId, eventId));
  }

  forget(runId: string): void {
    this.cache.forget(runId);
  }

  private async build(runId: string, eventId: string): Promise<MatchIndex> {
    const profiles = await loadMatchProfiles(this.dataSource.manager, eventId);
    const stored = await this.storedModel(runId);
    if (stored) return buildMatchIndex(profiles, this.analyses.analyse, stored);
    const index = buildMatchIndex(profiles, this.analyses.analyse);
    const kept = await runUpdate(
      this.dataSource,
      `UPDATE matching_run SET text_model = $2 WHERE id = $1 AND text_model IS NULL`,
      [runId, JSON.stringify(fittedTextModel(index))],
    );
    if (kept.count === 1) return index;
    // Another worker stored its model first: use it.
    return buildMatchIndex(profiles, this.analyses.analyse, (await this.storedModel(runId))!);
  }

  private async storedModel(runId: string): Promise<FittedTextModel | null> {
    const [row] = await this.dataSource.query('SELECT text_model FROM matching_run WHERE id = $1', [
      runId,
    ]);
    return row?.text_model ?? null;
  }
}

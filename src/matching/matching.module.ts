import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { memoiseByRole } from '../common/memoise-by-role.js';
import type { Role } from '../config/env.schema.js';
import { EventsModule } from '../events/events.module.js';
import { MatchUpdatesService } from './incremental/match-updates.service.js';
import { LiveIndexes } from './incremental/live-indexes.js';
import { UpdateMatchesHandler } from './incremental/update-matches.handler.js';
import { MatchListEntity } from './match-list.entity.js';
import { MatchIndexCache } from './match-index-cache.js';
import { ProfileAnalysisCache } from './profile-analysis-cache.js';
import { RunIndexes } from './run-indexes.js';
import { MatchesController } from './matches.controller.js';
import { MatchesService } from './matches.service.js';
import { ComputeShardHandler } from './runs/compute-shard.handler.js';
import { FinishRunHandler } from './runs/finish-run.handler.js';
import { MatchingRunEntity } from './runs/matching-run.entity.js';
import { MatchingRunsController } from './runs/matching-runs.controller.js';
import { MatchingRunsService } from './runs/matching-runs.service.js';
import { WeakSuggestionsService } from './weak-suggestions.service.js';

@Module({})
export class MatchingModule {
  /** Memoised: the participants and notifications modules import it too. */
  static readonly forRole = memoiseByRole((role) => MatchingModule.build(role));

  private static build(role: Role): DynamicModule {
    const runsWorkers = role === 'all' || role === 'worker';
    return {
      module: MatchingModule,
      imports: [EventsModule, TypeOrmModule.forFeature([MatchingRunEntity, MatchListEntity])],
      controllers: [MatchesController, MatchingRunsController],
      providers: [
        MatchesService,
        MatchingRunsService,
        WeakSuggestionsService,
        MatchUpdatesService,
        ...(runsWorkers
          ? [
              MatchIndexCache,
              ProfileAnalysisCache,
              ComputeShardHandler,
              FinishRunHandler,
              UpdateMatchesHandler,
              LiveIndexes,
              RunIndexes,
            ]
          : []),
      ],
      exports: [MatchUpdatesService, MatchingRunsService, MatchesService, WeakSuggestionsService],
    };
  }
}

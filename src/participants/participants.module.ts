import { DynamicModule, Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config.js';
import type { Role } from '../config/env.schema.js';
import { memoiseByRole } from '../common/memoise-by-role.js';
import { EventsModule } from '../events/events.module.js';
import { MatchingModule } from '../matching/matching.module.js';
import { SchedulingModule } from '../scheduling/scheduling.module.js';
import { ImportParticipantsHandler } from './import/import-participants.handler.js';
import { ImportsController } from './import/imports.controller.js';
import { ImportsService } from './import/imports.service.js';
import { ParticipantImportEntity } from './import/participant-import.entity.js';
import { ParticipantEntity } from './participant.entity.js';
import { ParticipantsController } from './participants.controller.js';
import { ParticipantCountsService } from './participant-counts.service.js';
import { ParticipantsService } from './participants.service.js';

@Module({})
export class ParticipantsModule {
  // Memoised: the dashboard imports it too, and Nest must see one module, not two.
  static readonly forRole = memoiseByRole((role) => ParticipantsModule.build(role));

  private static build(role: Role): DynamicModule {
    const runsWorkers = role === 'all' || role === 'worker';
    return {
      module: ParticipantsModule,
      imports: [
        EventsModule,
        MatchingModule.forRole(role),
        SchedulingModule.forRole(role),
        TypeOrmModule.forFeature([ParticipantEntity, ParticipantImportEntity]),
        MulterModule.registerAsync({
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) => ({
            limits: { fileSize: config.importLimitBytes, files: 1 },
          }),
        }),
      ],
      controllers: [ParticipantsController, ImportsController],
      exports: [ParticipantCountsService],
      providers: [
        ParticipantsService,
        ImportsService,
        ParticipantCountsService,
        ...(runsWorkers ? [ImportParticipantsHandler] : []),
      ],
    };
  }
}

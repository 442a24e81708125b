import { DynamicModule, Module } from '@nestjs/common';
import { memoiseByRole } from '../common/memoise-by-role.js';
import type { Role } from '../config/env.schema.js';
import { EventsModule } from '../events/events.module.js';
import { ScheduleErasures } from './erasure/schedule-erasures.js';
import { ScheduleReadsService } from './schedule-reads.service.js';
import { SchedulesController } from './schedules.controller.js';
import { LatestScheduleService } from './latest-schedule.service.js';
import { SchedulesService } from './schedules.service.js';
import { SolveScheduleHandler } from './solve/solve-schedule.handler.js';

@Module({})
export class SchedulingModule {
  /** Memoised: the notifications module imports it too. */
  static readonly forRole = memoiseByRole((role) => SchedulingModule.build(role));

  private static build(role: Role): DynamicModule {
    const runsWorkers = role === 'all' || role === 'worker';
    return {
      module: SchedulingModule,
      imports: [EventsModule],
      controllers: [SchedulesController],
      providers: [
        SchedulesService,
        ScheduleReadsService,
        ScheduleErasures,
        LatestScheduleService,
        ...(runsWorkers ? [SolveScheduleHandler] : []),
      ],
      exports: [SchedulesService, ScheduleReadsService, ScheduleErasures, LatestScheduleService],
    };
  }
}

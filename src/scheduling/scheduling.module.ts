import { DynamicModule, Module } from '@nestjs/common';
import type { Role } from '../config/env.schema.js';
import { EventsModule } from '../events/events.module.js';
import { ScheduleReadsService } from './schedule-reads.service.js';
import { SchedulesController } from './schedules.controller.js';
import { SchedulesService } from './schedules.service.js';
import { SolveScheduleHandler } from './solve/solve-schedule.handler.js';

@Module({})
export class SchedulingModule {
  private static readonly built = new Map<Role, DynamicModule>();

  /** Memoised: the notifications module imports it too, and Nest must see one module. */
  static forRole(role: Role): DynamicModule {
    let module = SchedulingModule.built.get(role);
    if (!module) {
      module = SchedulingModule.build(role);
      SchedulingModule.built.set(role, module);
    }
    return module;
  }

  private static build(role: Role): DynamicModule {
    const runsWorkers = role === 'all' || role === 'worker';
    return {
      module: SchedulingModule,
      imports: [EventsModule],
      controllers: [SchedulesController],
      providers: [
        SchedulesService,
        ScheduleReadsService,
        ...(runsWorkers ? [SolveScheduleHandler] : []),
      ],
      exports: [SchedulesService, ScheduleReadsService],
    };
  }
}

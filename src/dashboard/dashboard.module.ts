import { DynamicModule, Module } from '@nestjs/common';
import type { Role } from '../config/env.schema.js';
import { EventsModule } from '../events/events.module.js';
import { MatchingModule } from '../matching/matching.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { ParticipantsModule } from '../participants/participants.module.js';
import { SchedulingModule } from '../scheduling/scheduling.module.js';
import { EventSummaryController } from './event-summary.controller.js';
import { EventSummaryService } from './event-summary.service.js';

/** Read models of the organiser console that span modules; each module counts its own rows. */
@Module({})
export class DashboardModule {
  static forRole(role: Role): DynamicModule {
    return {
      module: DashboardModule,
      imports: [
        EventsModule,
        ParticipantsModule.forRole(role),
        MatchingModule.forRole(role),
        SchedulingModule.forRole(role),
        NotificationsModule.forRole(role),
      ],
      controllers: [EventSummaryController],
      providers: [EventSummaryService],
    };
  }
}

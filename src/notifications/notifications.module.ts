import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Role } from '../config/env.schema.js';
import { memoiseByRole } from '../common/memoise-by-role.js';
import { EventsModule } from '../events/events.module.js';
import { MatchingModule } from '../matching/matching.module.js';
import { SchedulingModule } from '../scheduling/scheduling.module.js';
import { CalendarMemory } from '../scheduling/export/calendar-memory.js';
import { AgendaCalendarEntryEntity } from './agenda/agenda-calendar-entry.entity.js';
import { AgendaContentBuilder } from './agenda/agenda-content.builder.js';
import { AgendaMailingsController } from './agenda/agenda-mailings.controller.js';
import { SentCalendarEntries } from './agenda/sent-calendar-entries.js';
import { EmailContentBuilders } from './content/email-content-builders.js';
import { DeliveriesController } from './delivery/deliveries.controller.js';
import { DeliveryCountsService } from './delivery/delivery-counts.service.js';
import { DeliveriesService } from './delivery/deliveries.service.js';
import { EmailDeliveryEntity } from './delivery/email-delivery.entity.js';
import { ExpireDryRunHandler } from './mailings/expire-dry-run.handler.js';
import { MailingsController } from './mailings/mailings.controller.js';
import { MailingsService } from './mailings/mailings.service.js';
import { PlanMailingHandler } from './mailings/plan-mailing.handler.js';
import { SendEmailHandler } from './mailings/send-email.handler.js';
import { PreviewController } from './preview/preview.controller.js';
import { PreviewService } from './preview/preview.service.js';
import { SuggestionsContentBuilder } from './suggestions/suggestions-content.builder.js';
import { MailTransport } from './transport/mail-transport.js';
import { NodemailerTransport } from './transport/nodemailer-transport.js';
import { UnsubscribeController } from './unsubscribe/unsubscribe.controller.js';
import { UnsubscribeLinks } from './unsubscribe/unsubscribe-links.js';
import { UnsubscribeService } from './unsubscribe/unsubscribe.service.js';

/** E-mails to participants: mailings, their delivery log, previews and unsubscribe links. */
@Module({})
export class NotificationsModule {
  // Memoised: the dashboard imports it too, and Nest must see one module, not two.
  static readonly forRole = memoiseByRole((role) => NotificationsModule.build(role));

  private static build(role: Role): DynamicModule {
    const runsWorkers = role === 'all' || role === 'worker';
    return {
      module: NotificationsModule,
      // Scheduling's .ics downloads read what e-mails sent, without importing this module.
      global: true,
      imports: [
        EventsModule,
        MatchingModule.forRole(role),
        SchedulingModule.forRole(role),
        TypeOrmModule.forFeature([EmailDeliveryEntity, AgendaCalendarEntryEntity]),
      ],
      exports: [CalendarMemory, DeliveryCountsService],
      controllers: [
        MailingsController,
        AgendaMailingsController,
        DeliveriesController,
        PreviewController,
        UnsubscribeController,
      ],
      providers: [
        SentCalendarEntries,
        { provide: CalendarMemory, useExisting: SentCalendarEntries },
        MailingsService,
        DeliveriesService,
        DeliveryCountsService,
        PreviewService,
        UnsubscribeService,
        UnsubscribeLinks,
        SuggestionsContentBuilder,
        AgendaContentBuilder,
        EmailContentBuilders,
        // Only workers send: the API process opens no SMTP connection.
        ...(runsWorkers
          ? [
              { provide: MailTransport, useClass: NodemailerTransport },
              PlanMailingHandler,
              SendEmailHandler,
              ExpireDryRunHandler,
            ]
          : []),
      ],
    };
  }
}

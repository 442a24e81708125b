import { DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from './auth/auth.module.js';
import { APP_CONFIG, AppConfig } from './config/app-config.js';
import { dataSourceOptions } from './database/data-source-options.js';
import { DashboardModule } from './dashboard/dashboard.module.js';
import { EventsModule } from './events/events.module.js';
import { HealthModule } from './health/health.module.js';
import { JobsModule } from './jobs/jobs.module.js';
import { MatchingModule } from './matching/matching.module.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { ParticipantsModule } from './participants/participants.module.js';
import { SchedulingModule } from './scheduling/scheduling.module.js';
import { TaxonomyModule } from './taxonomy/taxonomy.module.js';

@Global()
@Module({})
class ConfigModule {
  static with(config: AppConfig): DynamicModule {
    return {
      module: ConfigModule,
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG],
    };
  }
}

/** The whole service; `config.role` decides whether this process also runs the workers. */
@Module({})
export class AppModule {
  static forConfig(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.with(config),
        // Migrations ran in preflight, under a lock; the app only connects.
        TypeOrmModule.forRoot({ ...dataSourceOptions(config), migrationsRun: false }),
        AuthModule,
        JobsModule.forRole(config.role),
        MetricsModule.forRole(config.role),
        TaxonomyModule,
        EventsModule,
        ParticipantsModule.forRole(config.role),
        MatchingModule.forRole(config.role),
        SchedulingModule.forRole(config.role),
        NotificationsModule.forRole(config.role),
        HealthModule,
        DashboardModule.forRole(config.role),
      ],
    };
  }
}

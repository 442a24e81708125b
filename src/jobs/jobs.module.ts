import { DynamicModule, Global, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import type { Role } from '../config/env.schema.js';
import { JobsController } from './jobs.controller.js';
import { QueuesService } from './queues.service.js';
import { WorkersService } from './workers.service.js';

/** Queues everywhere; workers only in processes whose role includes them. */
@Global()
@Module({})
export class JobsModule {
  static forRole(role: Role): DynamicModule {
    const runsWorkers = role === 'all' || role === 'worker';
    return {
      module: JobsModule,
      imports: runsWorkers ? [DiscoveryModule] : [],
      controllers: [JobsController],
      providers: [QueuesService, ...(runsWorkers ? [WorkersService] : [])],
      exports: [QueuesService],
    };
  }
}

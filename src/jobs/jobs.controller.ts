import { Controller, Get, NotFoundException, Param, Req } from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiBearerAuth,
} from '@nestjs/swagger';
import type { AuthenticatedRequest } from '../auth/api-key.guard.js';
import { mayActOn } from '../auth/principal.js';
import { ErrorBody } from '../common/http/error-body.js';
import type { EventJobData } from './event-job-data.js';
import { JobStateDto } from './job-state.dto.js';
import { QueuesService } from './queues.service.js';

@ApiBearerAuth()
@ApiTags('jobs')
@Controller('jobs')
export class JobsController {
  constructor(private readonly queues: QueuesService) {}

  @Get(':jobId')
  @ApiOperation({ summary: 'State and progress of a background job' })
  @ApiOkResponse({ type: JobStateDto })
  @ApiNotFoundResponse({ type: ErrorBody })
  async get(
    @Param('jobId') jobId: string,
    @Req() request: AuthenticatedRequest,
  ): Promise<JobStateDto> {
    const found = await this.queues.findJob(jobId);
    // Another event's job is answered as if it did not exist.
    const eventId = (found?.job.data as Partial<EventJobData> | undefined)?.eventId;
    if (
      !found ||
      !request.principal ||
      !(eventId ? mayActOn(request.principal, eventId) : request.principal.kind === 'admin')
    ) {
      throw new NotFoundException(`Job "${jobId}" does not exist (or has expired)`);
    }
    const { queue } = found;
    let { job } = found;
    const state = await job.getState();
    // The job may have finished between the two reads: read it again so state and result agree.
    if ((state === 'completed' || state === 'failed') && !job.finishedOn) {
      job = (await this.queues.findJob(jobId))?.job ?? job;
    }
    return {
      id: job.id!,
      queue,
      name: job.name,
      state,
      // Our handlers report numbers only; BullMQ would also take an object.
      progress: job.progress as number | object,
      result: job.returnvalue ?? null,
      failedReason: job.failedReason || null,
      attemptsMade: job.attemptsMade,
      createdAt: new Date(job.timestamp),
      finishedAt: job.finishedOn ? new Date(job.finishedOn) : null,
    };
  }
}

import { Controller, Get, NotFoundException, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ErrorBody } from '../common/http/error-body.js';
import { JobStateDto } from './job-state.dto.js';
import { QueuesService } from './queues.service.js';

@ApiTags('jobs')
@Controller('jobs')
export class JobsController {
  constructor(private readonly queues: QueuesService) {}

  @Get(':jobId')
  @ApiOperation({ summary: 'State and progress of a background job' })
  @ApiOkResponse({ type: JobStateDto })
  @ApiNotFoundResponse({ type: ErrorBody })
  async get(@Param('jobId') jobId: string): Promise<JobStateDto> {
    const found = await this.queues.findJob(jobId);
    if (!found) throw new NotFoundException(`Job "${jobId}" does not exist (or has expired)`);
    const { queue, job } = found;
    return {
      id: job.id!,
      queue,
      name: job.name,
      state: await job.getState(),
      progress: job.progress,
      result: job.returnvalue ?? null,
      failedReason: job.failedReason || null,
      attemptsMade: job.attemptsMade,
      createdAt: new Date(job.timestamp),
      finishedAt: job.finishedOn ? new Date(job.finishedOn) : null,
    };
  }
}

import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiBadRequestResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiBearerAuth,
} from '@nestjs/swagger';
import { ErrorBody } from '../../common/http/error-body.js';
import { CursorPageQuery } from '../../common/http/cursor-page.query.js';
import {
  MatchingRunAcceptedDto,
  MatchingRunDto,
  MatchingRunPageDto,
} from '../dto/matching-run.dto.js';
import { MatchingRunsService } from './matching-runs.service.js';

@ApiBearerAuth()
@ApiTags('matching')
@ApiParam({ name: 'eventId', description: 'Event id or slug' })
@ApiNotFoundResponse({ type: ErrorBody, description: 'Unknown event or run' })
@Controller('events/:eventId/matching/runs')
export class MatchingRunsController {
  constructor(private readonly runs: MatchingRunsService) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({
    summary: 'Recompute every participant’s suggestions (in the background)',
    description:
      'The lists of a run replace the previous ones at once when it completes. A run already in progress is returned instead of starting another.',
  })
  @ApiAcceptedResponse({ type: MatchingRunAcceptedDto })
  async start(@Param('eventId') eventId: string): Promise<MatchingRunAcceptedDto> {
    const run = await this.runs.start(eventId);
    return { jobId: run.jobId, runId: run.id };
  }

  @Get()
  @ApiOperation({
    summary: 'The history of the event’s matching runs, newest first',
    description: 'When each started and finished, how long it took, the lists it wrote, its state.',
  })
  @ApiOkResponse({ type: MatchingRunPageDto })
  @ApiBadRequestResponse({ type: ErrorBody })
  async list(
    @Param('eventId') eventId: string,
    @Query() query: CursorPageQuery,
  ): Promise<MatchingRunPageDto> {
    const { currentRunId, ...page } = await this.runs.list(eventId, query);
    return { ...page, items: page.items.map((run) => MatchingRunDto.from(run, currentRunId)) };
  }

  @Get(':runId')
  @ApiOperation({ summary: 'Status of a matching run' })
  @ApiOkResponse({ type: MatchingRunDto })
  async get(
    @Param('eventId') eventId: string,
    @Param('runId') runId: string,
  ): Promise<MatchingRunDto> {
    const run = await this.runs.get(eventId, runId);
    return MatchingRunDto.from(run, await this.runs.currentRunId(eventId));
  }
}

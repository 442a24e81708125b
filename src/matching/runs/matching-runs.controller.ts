import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiBearerAuth,
} from '@nestjs/swagger';
import { ErrorBody } from '../../common/http/error-body.js';
import { MatchingRunAcceptedDto, MatchingRunDto } from '../dto/matching-run.dto.js';
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

  @Get(':runId')
  @ApiOperation({ summary: 'Status of a matching run' })
  @ApiOkResponse({ type: MatchingRunDto })
  async get(
    @Param('eventId') eventId: string,
    @Param('runId') runId: string,
  ): Promise<MatchingRunDto> {
    return MatchingRunDto.from(await this.runs.get(eventId, runId));
  }
}

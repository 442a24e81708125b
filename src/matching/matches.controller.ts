import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiBearerAuth,
} from '@nestjs/swagger';
import { ErrorBody } from '../common/http/error-body.js';
import { ExternalIdPipe } from '../participants/external-id.pipe.js';
import { ListMatchesQuery } from './dto/list-matches.query.js';
import { MatchDto } from './dto/match.dto.js';
import { MatchesService } from './matches.service.js';
import { Access } from '../auth/access.decorator.js';

/** An update takes about a tenth of a second on a small event. */
const PENDING_RETRY_SECONDS = 1;

@ApiBearerAuth()
@ApiTags('matching')
@Controller('events/:eventId/participants/:externalId/matches')
export class MatchesController {
  constructor(private readonly matches: MatchesService) {}

  @Get()
  @Access('frontend')
  @ApiOperation({
    summary: "A participant's suggested partners, best first, each with reasons",
    description:
      'From the latest completed matching run, kept up to date as people register, change or leave. ' +
      'Reasons are in French unless lang=en. A participant who just registered has no list for ' +
      'the fraction of a second before their update runs: the answer is then 202 with an empty ' +
      'array and Retry-After, while 200 with an empty array means that nobody matches.',
  })
  @ApiParam({ name: 'eventId', description: 'Event id or slug' })
  @ApiParam({ name: 'externalId', description: "The registration system's id" })
  @ApiOkResponse({ type: [MatchDto], description: 'The list as computed (empty: nobody matches)' })
  @ApiAcceptedResponse({
    type: [MatchDto],
    description:
      'Not computed yet: the participant has no list while their update is queued or running. ' +
      'The array is empty; ask again after Retry-After seconds.',
    headers: { 'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer' } } },
  })
  @ApiBadRequestResponse({ type: ErrorBody })
  @ApiNotFoundResponse({ type: ErrorBody, description: 'Unknown event or participant' })
  @ApiConflictResponse({ type: ErrorBody, description: 'Matching has not run for this event yet' })
  async list(
    @Param('eventId') eventId: string,
    @Param('externalId', ExternalIdPipe) externalId: string,
    @Query() query: ListMatchesQuery,
    @Res({ passthrough: true }) response: Response,
  ): Promise<MatchDto[]> {
    const { matches, pending } = await this.matches.read(eventId, externalId, query);
    if (pending) response.status(202).setHeader('Retry-After', String(PENDING_RETRY_SECONDS));
    return matches;
  }
}

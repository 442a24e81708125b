import { Controller, Get, Param, Query } from '@nestjs/common';
import {
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
      'Reasons are in French unless lang=en.',
  })
  @ApiParam({ name: 'eventId', description: 'Event id or slug' })
  @ApiParam({ name: 'externalId', description: "The registration system's id" })
  @ApiOkResponse({ type: [MatchDto] })
  @ApiBadRequestResponse({ type: ErrorBody })
  @ApiNotFoundResponse({ type: ErrorBody, description: 'Unknown event or participant' })
  @ApiConflictResponse({ type: ErrorBody, description: 'Matching has not run for this event yet' })
  list(
    @Param('eventId') eventId: string,
    @Param('externalId', ExternalIdPipe) externalId: string,
    @Query() query: ListMatchesQuery,
  ): Promise<MatchDto[]> {
    return this.matches.list(eventId, externalId, query);
  }
}

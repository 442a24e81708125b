import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { ErrorBody } from '../common/http/error-body.js';
import { EventSummaryDto } from './dto/event-summary.dto.js';
import {
  DEFAULT_WEAK_BELOW,
  WeakBelowQuery,
  WeakSuggestionsDto,
  WeakSuggestionsQuery,
} from './dto/weak-suggestions.dto.js';
import { EventSummaryService } from './event-summary.service.js';

@ApiBearerAuth()
@ApiTags('dashboard')
@ApiParam({ name: 'eventId', description: 'Event id or slug' })
@ApiNotFoundResponse({ type: ErrorBody, description: 'Unknown event' })
@ApiBadRequestResponse({ type: ErrorBody })
@Controller('events/:eventId')
export class EventSummaryController {
  constructor(private readonly summaries: EventSummaryService) {}

  @Get('summary')
  @ApiOperation({
    summary: 'The event at a glance: registrations, consents, matching, schedule, e-mails',
    description:
      'Participants by country, organisation type and theme; consents; the current and latest matching runs; how many have only weak suggestions; the newest schedule and its gap; e-mails by delivery status.',
  })
  @ApiOkResponse({ type: EventSummaryDto })
  async summary(
    @Param('eventId') eventId: string,
    @Query() query: WeakBelowQuery,
  ): Promise<EventSummaryDto> {
    return this.summaries.summary(eventId, query.weakBelow ?? DEFAULT_WEAK_BELOW);
  }

  @Get('matching/weak-suggestions')
  @ApiOperation({
    summary: 'Participants whose best suggestion is weak, weakest first',
    description:
      'From the current run’s lists: those whose best suggestion scores below `weakBelow`, or who have none, so organisers can help them by hand.',
  })
  @ApiOkResponse({ type: WeakSuggestionsDto })
  async weakSuggestions(
    @Param('eventId') eventId: string,
    @Query() query: WeakSuggestionsQuery,
  ): Promise<WeakSuggestionsDto> {
    return this.summaries.weakSuggestions(
      eventId,
      query.weakBelow ?? DEFAULT_WEAK_BELOW,
      query.limit ?? 100,
    );
  }
}

import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiBearerAuth,
} from '@nestjs/swagger';
import { ErrorBody } from '../../common/http/error-body.js';
import { DEFAULT_SUGGESTIONS_LIMIT } from '../suggestions/suggestions-options.js';
import type { SuggestionsOptions } from '../suggestions/suggestions-options.js';
import { MailingAcceptedDto } from './dto/mailing-accepted.dto.js';
import { SendSuggestionsDto } from './dto/send-suggestions.dto.js';
import { MailingsService } from './mailings.service.js';

@ApiBearerAuth()
@ApiTags('notifications')
@ApiParam({ name: 'eventId', description: 'Event id or slug' })
@Controller('events/:eventId/notifications')
export class MailingsController {
  constructor(private readonly mailings: MailingsService) {}

  @Post('suggestions')
  @HttpCode(202)
  @ApiOperation({
    summary: 'E-mail each consenting participant their suggested contacts (in the background)',
    description:
      'One e-mail per participant who consents to e-mails, in French (English for those who read English and not French), ' +
      'listing their best partners from the current matching run with the reasons, and how to request a meeting. ' +
      'Triggering again sends nothing to whoever already received the same partners; someone whose partners changed gets one new e-mail. ' +
      'E-mails that failed or were skipped are tried again. Follow the sending at GET /events/{eventId}/notifications/deliveries.',
  })
  @ApiAcceptedResponse({ type: MailingAcceptedDto })
  @ApiBadRequestResponse({ type: ErrorBody, description: 'Invalid body, or unknown participants' })
  @ApiNotFoundResponse({ type: ErrorBody, description: 'Unknown event' })
  @ApiConflictResponse({ type: ErrorBody, description: 'Matching has not run for this event yet' })
  sendSuggestions(
    @Param('eventId') eventId: string,
    @Body() input: SendSuggestionsDto,
  ): Promise<MailingAcceptedDto> {
    const options: SuggestionsOptions = { limit: input.limit ?? DEFAULT_SUGGESTIONS_LIMIT };
    return this.mailings.start(eventId, {
      kind: 'suggestions',
      options,
      participants: input.participants,
      dryRun: input.dryRun ?? false,
    });
  }
}

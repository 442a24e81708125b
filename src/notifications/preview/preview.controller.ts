import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiTags,
  ApiBearerAuth,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { ErrorBody } from '../../common/http/error-body.js';
import { ExternalIdPipe } from '../../participants/external-id.pipe.js';
import type { AgendaOptions } from '../agenda/agenda-options.js';
import { DEFAULT_SUGGESTIONS_LIMIT } from '../suggestions/suggestions-options.js';
import type { SuggestionsOptions } from '../suggestions/suggestions-options.js';
import { PreviewQuery } from './dto/preview.query.js';
import { PreviewService } from './preview.service.js';

@ApiBearerAuth()
@ApiTags('notifications')
@Controller('events/:eventId/notifications/preview')
export class PreviewController {
  constructor(private readonly previews: PreviewService) {}

  @Get(':externalId')
  @ApiOperation({
    summary: 'The e-mail a participant would receive now, as it would be sent',
    description:
      'For an organiser to check before sending. Identical to the real e-mail except the unsubscribe link, ' +
      'which is disabled so that clicking it in a preview unsubscribes nobody. Rendered whether or not the ' +
      'participant consents to e-mails.',
  })
  @ApiParam({ name: 'eventId', description: 'Event id or slug' })
  @ApiParam({ name: 'externalId', description: "The registration system's id" })
  @ApiProduces('text/html', 'text/plain')
  @ApiOkResponse({ description: 'The HTML part (or the text part with format=text)', type: String })
  @ApiBadRequestResponse({ type: ErrorBody })
  @ApiNotFoundResponse({ type: ErrorBody, description: 'Unknown event or participant' })
  @ApiConflictResponse({
    type: ErrorBody,
    description: 'Matching has not run yet, or the participant has nothing to receive',
  })
  async preview(
    @Param('eventId') eventId: string,
    @Param('externalId', ExternalIdPipe) externalId: string,
    @Query() query: PreviewQuery,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const kind = query.kind ?? 'suggestions';
    const options =
      kind === 'agenda'
        ? ({ scheduleId: query.scheduleId!, requirePublished: false } satisfies AgendaOptions)
        : ({ limit: query.limit ?? DEFAULT_SUGGESTIONS_LIMIT } satisfies SuggestionsOptions);
    const content = await this.previews.render(eventId, externalId, kind, options);
    // Set here, not with @Header: errors must keep their JSON content type.
    const text = query.format === 'text';
    response.type(text ? 'text/plain; charset=utf-8' : 'text/html; charset=utf-8');
    response.setHeader('Cache-Control', 'no-store');
    return text ? content.text : content.html;
  }
}

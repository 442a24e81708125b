import { Body, ConflictException, Controller, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { ErrorBody } from '../../common/http/error-body.js';
import { SchedulesService } from '../../scheduling/schedules.service.js';
import { MailingAcceptedDto } from '../mailings/dto/mailing-accepted.dto.js';
import { MailingAudienceDto } from '../mailings/dto/send-suggestions.dto.js';
import { MailingsService } from '../mailings/mailings.service.js';
import type { AgendaOptions } from './agenda-options.js';

@ApiBearerAuth()
@ApiTags('notifications')
@ApiParam({ name: 'eventId', description: 'Event id or slug' })
@Controller('events/:eventId/schedules/:scheduleId/notifications')
export class AgendaMailingsController {
  constructor(
    private readonly schedules: SchedulesService,
    private readonly mailings: MailingsService,
  ) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({
    summary: 'E-mail each participant of a published schedule their agenda, .ics attached',
    description:
      'One e-mail per participant with meetings who consents to e-mails: times in the venue’s time zone, tables, partners, ' +
      'why they meet, an interpreter note where needed. Triggering again sends nothing to whoever already has the same ' +
      'meetings; after a new schedule, those whose meetings moved get one update (and their calendar entries move). ' +
      'Meetings a person was e-mailed before and no longer has (a partner erased, a new schedule) are listed as cancelled and ' +
      'carried in the .ics as STATUS:CANCELLED (same UID, higher SEQUENCE); someone left with no meeting gets a "meetings ' +
      'cancelled" e-mail whose .ics is METHOD:CANCEL. The answer’s warnings say when participants have nobody to write to.',
  })
  @ApiAcceptedResponse({ type: MailingAcceptedDto })
  @ApiBadRequestResponse({ type: ErrorBody })
  @ApiNotFoundResponse({ type: ErrorBody, description: 'Unknown event or schedule' })
  @ApiConflictResponse({ type: ErrorBody, description: 'The schedule is not published' })
  async send(
    @Param('eventId') eventId: string,
    @Param('scheduleId') scheduleId: string,
    @Body() input: MailingAudienceDto,
  ): Promise<MailingAcceptedDto> {
    const schedule = await this.schedules.get(eventId, scheduleId);
    if (schedule.status !== 'published') {
      throw new ConflictException(
        `Schedule "${scheduleId}" is ${schedule.status}: publish it before sending agendas (POST …/schedules/${scheduleId}/publish)`,
      );
    }
    const options: AgendaOptions = { scheduleId: schedule.id, requirePublished: true };
    return this.mailings.start(eventId, {
      kind: 'agenda',
      options,
      participants: input.participants,
      dryRun: input.dryRun ?? false,
    });
  }
}

import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiTags,
  ApiBearerAuth,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { CursorPageQuery } from '../common/http/cursor-page.query.js';
import { ErrorBody } from '../common/http/error-body.js';
import { ExternalIdPipe } from '../participants/external-id.pipe.js';
import { AgendaDto } from './dto/agenda.dto.js';
import { CreateScheduleDto } from './dto/create-schedule.dto.js';
import { ScheduleLanguageQuery } from './dto/read-schedule.query.js';
import { ScheduleAcceptedDto, ScheduleDto } from './dto/schedule.dto.js';
import { ScheduleListItemDto, SchedulePageDto } from './dto/schedule-list.dto.js';
import { ScheduleReadsService } from './schedule-reads.service.js';
import { SchedulesService } from './schedules.service.js';
import { Access } from '../auth/access.decorator.js';
import type { AuthenticatedRequest } from '../auth/api-key.guard.js';
import { seesDraftSchedules } from '../auth/principal.js';

const CALENDAR_TYPE = 'text/calendar; charset=utf-8';

@ApiBearerAuth()
@ApiTags('schedules')
@ApiParam({ name: 'eventId', description: 'Event id or slug' })
@ApiNotFoundResponse({ type: ErrorBody, description: 'Unknown event, schedule or participant' })
@Controller('events/:eventId/schedules')
export class SchedulesController {
  constructor(
    private readonly schedules: SchedulesService,
    private readonly reads: ScheduleReadsService,
  ) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({
    summary: 'Build a speed-meeting schedule (in the background)',
    description:
      'Uses the scores of the current matching run. The result reports its total score, an upper bound and the gap between them. ' +
      'When the event has a published schedule (or lockedFrom names one), its published meetings stay where they are. ' +
      'An event has one schedule queued or solving at a time: a request meanwhile is refused with 409.',
  })
  @ApiAcceptedResponse({ type: ScheduleAcceptedDto })
  @ApiBadRequestResponse({ type: ErrorBody })
  @ApiConflictResponse({
    type: ErrorBody,
    description:
      'Matching has not run for this event yet, or another schedule of the event is still queued or solving ' +
      '(one at a time per event; the message names that schedule and its job id)',
  })
  async create(
    @Param('eventId') eventId: string,
    @Body() input: CreateScheduleDto,
  ): Promise<ScheduleAcceptedDto> {
    const schedule = await this.schedules.create(eventId, input);
    return { jobId: schedule.jobId, scheduleId: schedule.id };
  }

  @Get()
  @ApiOperation({
    summary: 'The event’s schedules, newest first',
    description:
      'Each with its state, when it was solved and published, and its headline figures ' +
      '(meetings, total score, upper bound, gap) once solved, or why it failed.',
  })
  @ApiOkResponse({ type: SchedulePageDto })
  @ApiBadRequestResponse({ type: ErrorBody })
  async list(
    @Param('eventId') eventId: string,
    @Query() query: CursorPageQuery,
  ): Promise<SchedulePageDto> {
    const page = await this.schedules.list(eventId, query);
    return { ...page, items: page.items.map((schedule) => ScheduleListItemDto.from(schedule)) };
  }

  // Declared before ':scheduleId' so "….csv" is not taken for a schedule id.
  @Get(':scheduleId.csv')
  @ApiOperation({
    summary: 'The schedule as a spreadsheet for the room team',
    description:
      'One line per meeting with its date, times (venue time zone), table and both registration ids; ' +
      'UTF-8 with BOM, ";"-separated with "," decimals, as a French spreadsheet reads them.',
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({ description: 'CSV file', schema: { type: 'string' } })
  @ApiConflictResponse({ type: ErrorBody, description: 'The schedule is not solved yet' })
  async csv(
    @Param('eventId') eventId: string,
    @Param('scheduleId') scheduleId: string,
    @Query() query: ScheduleLanguageQuery,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const csv = await this.reads.csv(eventId, scheduleId, query.lang ?? 'fr');
    response.type('text/csv; charset=utf-8');
    response.attachment(`schedule-${scheduleId}.csv`);
    return csv;
  }

  @Get(':scheduleId')
  @ApiOperation({ summary: 'A schedule: rounds with times, tables and pairs, and its statistics' })
  @ApiOkResponse({ type: ScheduleDto })
  view(
    @Param('eventId') eventId: string,
    @Param('scheduleId') scheduleId: string,
  ): Promise<ScheduleDto> {
    return this.reads.view(eventId, scheduleId);
  }

  @Post(':scheduleId/publish')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Freeze a solved schedule',
    description: 'Later schedules of the event keep its meetings unless releasePublished is set.',
  })
  @ApiOkResponse({ type: ScheduleDto })
  @ApiConflictResponse({ type: ErrorBody, description: 'The schedule is not solved' })
  async publish(
    @Param('eventId') eventId: string,
    @Param('scheduleId') scheduleId: string,
  ): Promise<ScheduleDto> {
    await this.schedules.publish(eventId, scheduleId);
    return this.reads.view(eventId, scheduleId);
  }

  @Get(':scheduleId/participants/:externalId.ics')
  @Access('frontend')
  @ApiOperation({ summary: 'A participant’s agenda as an iCalendar file' })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'iCalendar file', schema: { type: 'string' } })
  async calendar(
    @Param('eventId') eventId: string,
    @Param('scheduleId') scheduleId: string,
    @Param('externalId', ExternalIdPipe) externalId: string,
    @Query() query: ScheduleLanguageQuery,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string> {
    const access = { draftsVisible: seesDraftSchedules(request.principal) };
    const lang = query.lang ?? 'fr';
    const calendar = await this.reads.calendar(eventId, scheduleId, externalId, lang, access);
    response.type(CALENDAR_TYPE);
    response.attachment(`agenda-${externalId}.ics`);
    return calendar;
  }

  @Get(':scheduleId/participants/:externalId')
  @Access('frontend')
  @ApiOperation({
    summary: 'A participant’s agenda: time, table, partner and why they meet',
    description: 'Send Accept: text/calendar (or add .ics to the path) for an iCalendar file.',
  })
  @ApiHeader({ name: 'Accept', required: false, description: 'application/json or text/calendar' })
  @ApiProduces('application/json', 'text/calendar')
  @ApiOkResponse({ type: AgendaDto })
  @ApiConflictResponse({ type: ErrorBody, description: 'The schedule is not solved yet' })
  async agenda(
    @Param('eventId') eventId: string,
    @Param('scheduleId') scheduleId: string,
    @Param('externalId', ExternalIdPipe) externalId: string,
    @Query() query: ScheduleLanguageQuery,
    @Headers('accept') accept: string | undefined,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<AgendaDto | string> {
    const lang = query.lang ?? 'fr';
    const access = { draftsVisible: seesDraftSchedules(request.principal) };
    if (wantsCalendar(accept)) {
      const calendar = await this.reads.calendar(eventId, scheduleId, externalId, lang, access);
      response.type(CALENDAR_TYPE);
      return calendar;
    }
    return (await this.reads.agenda(eventId, scheduleId, externalId, lang, access)).agenda;
  }
}

/** text/calendar asked for explicitly and preferred over JSON. */
function wantsCalendar(accept: string | undefined): boolean {
  if (!accept) return false;
  const types = accept.split(',').map((part) => part.split(';')[0].trim().toLowerCase());
  const calendar = types.indexOf('text/calendar');
  const json = types.indexOf('application/json');
  return calendar !== -1 && (json === -1 || calendar < json);
}

import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiBearerAuth,
} from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Access } from '../auth/access.decorator.js';
import { ApiKeysService } from '../auth/api-keys.service.js';
import type { AuthenticatedRequest } from '../auth/api-key.guard.js';
import { ErrorBody } from '../common/http/error-body.js';
import { CreateEventDto } from './dto/create-event.dto.js';
import { CreatedEventDto, EventDto, UpdatedEventDto } from './dto/event.dto.js';
import { UpdateEventDto } from './dto/update-event.dto.js';
import { EventPageDto } from './dto/event-page.dto.js';
import { ListEventsQuery } from './dto/list-events.query.js';
import { EventsService } from './events.service.js';

@ApiTags('events')
@ApiBearerAuth()
@Controller('events')
export class EventsController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventsService,
    private readonly keys: ApiKeysService,
  ) {}

  @Post()
  @HttpCode(201)
  @Access('admin')
  @ApiOperation({
    summary: 'Create an event (one edition of the Rencontres); needs the admin key',
    description:
      'The answer holds the event’s organiser key and front-end key. They are shown this once: store them.',
  })
  @ApiCreatedResponse({ type: CreatedEventDto })
  @ApiBadRequestResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: 'The slug is taken' })
  async create(@Body() input: CreateEventDto): Promise<CreatedEventDto> {
    return this.dataSource.transaction(async (manager) => {
      const event = await this.events.create(input, manager);
      const organiser = await this.keys.issue(manager, event.id, 'organiser');
      const frontend = await this.keys.issue(manager, event.id, 'frontend');
      return {
        ...EventDto.from(event),
        keys: { organiser: organiser.secret, frontend: frontend.secret },
      };
    });
  }

  @Get()
  @ApiOperation({
    summary: 'A page of events, ordered by slug',
    description:
      'The admin key sees every event; an organiser key sees its own event only, which is how a console learns the event a key opens.',
  })
  @ApiOkResponse({ type: EventPageDto })
  @ApiBadRequestResponse({ type: ErrorBody })
  async list(
    @Query() query: ListEventsQuery,
    @Req() request: AuthenticatedRequest,
  ): Promise<EventPageDto> {
    const principal = request.principal;
    const onlyId = principal?.kind === 'event-key' ? principal.eventId : undefined;
    const page = await this.events.list(query, onlyId);
    return {
      scope: onlyId ? 'event' : 'all',
      ...page,
      items: page.items.map((event) => EventDto.from(event)),
    };
  }

  @Get(':eventId')
  @ApiOperation({ summary: 'Read an event by id or slug, with its settings (defaults filled in)' })
  @ApiOkResponse({ type: EventDto })
  @ApiNotFoundResponse({ type: ErrorBody })
  async get(@Param('eventId') eventId: string): Promise<EventDto> {
    return EventDto.from(await this.events.findById(eventId));
  }

  @Patch(':eventId')
  @ApiOperation({
    summary: 'Change an event’s name, dates, time zone or settings (only what the body names)',
    description:
      '`settings` is merged into the current settings, weights key by key; `null` clears a date, `organiserName` or `organiserEmail`. The slug cannot change. Needs the organiser key.',
  })
  @ApiOkResponse({ type: UpdatedEventDto })
  @ApiBadRequestResponse({ type: ErrorBody })
  @ApiNotFoundResponse({ type: ErrorBody })
  async update(
    @Param('eventId') eventId: string,
    @Body() input: UpdateEventDto,
  ): Promise<UpdatedEventDto> {
    const { event, matchingSettingsChanged } = await this.events.update(eventId, input);
    return { ...EventDto.from(event), matchingSettingsChanged };
  }
}

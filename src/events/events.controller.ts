import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ErrorBody } from '../common/http/error-body.js';
import { CreateEventDto } from './dto/create-event.dto.js';
import { EventDto } from './dto/event.dto.js';
import { EventsService } from './events.service.js';

@ApiTags('events')
@Controller('events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Create an event (one edition of the Rencontres)' })
  @ApiCreatedResponse({ type: EventDto })
  @ApiBadRequestResponse({ type: ErrorBody })
  @ApiConflictResponse({ type: ErrorBody, description: 'The slug is taken' })
  async create(@Body() input: CreateEventDto): Promise<EventDto> {
    return EventDto.from(await this.events.create(input));
  }

  @Get(':eventId')
  @ApiOperation({ summary: 'Read an event by id or slug, with its settings (defaults filled in)' })
  @ApiOkResponse({ type: EventDto })
  @ApiNotFoundResponse({ type: ErrorBody })
  async get(@Param('eventId') eventId: string): Promise<EventDto> {
    return EventDto.from(await this.events.findByIdOrSlug(eventId));
  }
}

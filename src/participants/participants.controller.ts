import { Body, Controller, Delete, Get, HttpCode, Param, Put, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiBearerAuth,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { ErrorBody } from '../common/http/error-body.js';
import { ListParticipantsQuery } from './dto/list-participants.query.js';
import { ParticipantInputDto } from './dto/participant-input.dto.js';
import { ParticipantDto, ParticipantPageDto } from './dto/participant.dto.js';
import { ExternalIdPipe } from './external-id.pipe.js';
import { ParticipantsService } from './participants.service.js';
import { Access } from '../auth/access.decorator.js';

@ApiBearerAuth()
@ApiTags('participants')
@ApiParam({ name: 'eventId', description: 'Event id or slug' })
@ApiNotFoundResponse({ type: ErrorBody, description: 'Unknown event or participant' })
@Controller('events/:eventId/participants')
export class ParticipantsController {
  constructor(private readonly participants: ParticipantsService) {}

  @Put(':externalId')
  @Access('frontend')
  @ApiOperation({
    summary: 'Create or replace a registration (idempotent)',
    description:
      '201 when created, 200 when updated or unchanged. Sending the same body twice changes nothing and does not bump profileVersion.',
  })
  @ApiParam({ name: 'externalId', description: "The registration system's id" })
  @ApiCreatedResponse({ type: ParticipantDto })
  @ApiOkResponse({ type: ParticipantDto })
  @ApiBadRequestResponse({ type: ErrorBody })
  @ApiConflictResponse({
    type: ErrorBody,
    description: 'The e-mail belongs to another participant',
  })
  async upsert(
    @Param('eventId') eventId: string,
    @Param('externalId', ExternalIdPipe) externalId: string,
    @Body() input: ParticipantInputDto,
    @Res({ passthrough: true }) response: Response,
  ): Promise<ParticipantDto> {
    const { outcome, participant } = await this.participants.upsert(eventId, externalId, input);
    response.status(outcome === 'created' ? 201 : 200);
    return ParticipantDto.from(participant);
  }

  @Get(':externalId')
  @Access('frontend')
  @ApiOperation({ summary: 'Read one registration' })
  @ApiOkResponse({ type: ParticipantDto })
  async get(
    @Param('eventId') eventId: string,
    @Param('externalId', ExternalIdPipe) externalId: string,
  ): Promise<ParticipantDto> {
    return ParticipantDto.from(await this.participants.get(eventId, externalId));
  }

  @Get()
  @ApiOperation({
    summary: 'A page of registrations, filtered by country, theme or organisation type',
  })
  @ApiOkResponse({ type: ParticipantPageDto })
  @ApiBadRequestResponse({ type: ErrorBody })
  async list(
    @Param('eventId') eventId: string,
    @Query() query: ListParticipantsQuery,
  ): Promise<ParticipantPageDto> {
    const page = await this.participants.list(eventId, query);
    return { ...page, items: page.items.map((participant) => ParticipantDto.from(participant)) };
  }

  @Delete(':externalId')
  @Access('frontend')
  @HttpCode(204)
  @ApiOperation({ summary: 'Erase a person everywhere (GDPR right to erasure)' })
  @ApiNoContentResponse({ description: 'Erased' })
  async erase(
    @Param('eventId') eventId: string,
    @Param('externalId', ExternalIdPipe) externalId: string,
  ): Promise<void> {
    await this.participants.erase(eventId, externalId);
  }
}

import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { ErrorBody } from '../common/http/error-body.js';
import { ApiKeysService } from './api-keys.service.js';
import { ApiKeyDto, CreateApiKeyDto, IssuedApiKeyDto } from './dto/api-key.dto.js';

@ApiTags('keys')
@ApiBearerAuth()
@ApiParam({ name: 'eventId', description: 'Event id or slug' })
@ApiNotFoundResponse({ type: ErrorBody })
@Controller('events/:eventId/keys')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  @Get()
  @ApiOperation({ summary: 'The event’s keys (never the secrets)' })
  @ApiOkResponse({ type: [ApiKeyDto] })
  async list(@Param('eventId') eventId: string): Promise<ApiKeyDto[]> {
    return (await this.keys.list(eventId)).map(ApiKeyDto.from);
  }

  @Post()
  @ApiOperation({ summary: 'Issue another key (e.g. for a second front-end)' })
  @ApiCreatedResponse({ type: IssuedApiKeyDto })
  async create(
    @Param('eventId') eventId: string,
    @Body() input: CreateApiKeyDto,
  ): Promise<IssuedApiKeyDto> {
    const { key, secret } = await this.keys.create(eventId, input.role);
    return { ...ApiKeyDto.from(key), key: secret };
  }

  @Post(':keyId/rotate')
  @HttpCode(201)
  @ApiOperation({ summary: 'Replace a key: the new one works at once, the old one stops' })
  @ApiCreatedResponse({ type: IssuedApiKeyDto })
  async rotate(
    @Param('eventId') eventId: string,
    @Param('keyId') keyId: string,
  ): Promise<IssuedApiKeyDto> {
    const { key, secret } = await this.keys.rotate(eventId, keyId);
    return { ...ApiKeyDto.from(key), key: secret };
  }

  @Delete(':keyId')
  @ApiOperation({ summary: 'Revoke a key at once' })
  @ApiOkResponse({ type: ApiKeyDto })
  async revoke(
    @Param('eventId') eventId: string,
    @Param('keyId') keyId: string,
  ): Promise<ApiKeyDto> {
    return ApiKeyDto.from(await this.keys.revoke(eventId, keyId));
  }
}

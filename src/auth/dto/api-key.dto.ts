import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { EVENT_KEY_ROLES } from '../api-key.entity.js';
import type { ApiKeyEntity, EventKeyRole } from '../api-key.entity.js';

export class CreateApiKeyDto {
  @ApiProperty({
    enum: EVENT_KEY_ROLES,
    description:
      'organiser: everything for the event. frontend: upsert, read and erase one participant, read their matches and agenda.',
  })
  @IsIn(EVENT_KEY_ROLES, { message: `role must be one of: ${EVENT_KEY_ROLES.join(', ')}` })
  role: EventKeyRole;
}

export class ApiKeyDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: EVENT_KEY_ROLES }) role: string;
  @ApiProperty({ example: 'mmo_3fZk9Q', description: 'The first characters of the key' })
  prefix: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' })
  revokedAt: string | null;

  static from(key: ApiKeyEntity): ApiKeyDto {
    return {
      id: key.id,
      role: key.role,
      prefix: key.keyPrefix,
      createdAt: key.createdAt.toISOString(),
      revokedAt: key.revokedAt?.toISOString() ?? null,
    };
  }
}

export class IssuedApiKeyDto extends ApiKeyDto {
  @ApiProperty({ description: 'The key itself: shown once, store it now' }) key: string;
}

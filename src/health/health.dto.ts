import { ApiProperty, ApiPropertyOptions } from '@nestjs/swagger';

const CHECKS: ApiPropertyOptions = {
  type: 'object',
  additionalProperties: {
    type: 'object',
    properties: { status: { type: 'string', enum: ['up', 'down'] } },
    required: ['status'],
  },
  example: { postgres: { status: 'up' }, redis: { status: 'up' } },
};

/** Terminus's answer when every check passes. */
export class HealthDto {
  @ApiProperty({ enum: ['ok'] }) status: string;
  @ApiProperty(CHECKS) info: Record<string, { status: string }>;
  @ApiProperty(CHECKS) error: Record<string, { status: string }>;
  @ApiProperty(CHECKS) details: Record<string, { status: string }>;
}

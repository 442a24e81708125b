import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsUUID, Max, Min, ValidateIf } from 'class-validator';
import { NOTIFICATION_KINDS } from '../../notification-kind.js';
import type { NotificationKind } from '../../notification-kind.js';
import {
  DEFAULT_SUGGESTIONS_LIMIT,
  MAX_SUGGESTIONS_LIMIT,
} from '../../suggestions/suggestions-options.js';

export class PreviewQuery {
  @ApiPropertyOptional({ enum: NOTIFICATION_KINDS, default: 'suggestions' })
  @IsOptional()
  @IsIn(NOTIFICATION_KINDS, { message: `kind must be one of: ${NOTIFICATION_KINDS.join(', ')}` })
  kind?: NotificationKind;

  @ApiPropertyOptional({
    minimum: 1,
    maximum: MAX_SUGGESTIONS_LIMIT,
    default: DEFAULT_SUGGESTIONS_LIMIT,
    description: 'Suggestions: partners listed, as in POST …/notifications/suggestions',
  })
  @IsOptional()
  @Type(() => Number)
  @Min(1)
  @Max(MAX_SUGGESTIONS_LIMIT)
  @IsInt({ message: `limit must be an integer between 1 and ${MAX_SUGGESTIONS_LIMIT}` })
  limit?: number;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Agenda: the schedule to show (published or not yet); required with kind=agenda',
  })
  @ValidateIf((query: PreviewQuery) => query.kind === 'agenda')
  @IsUUID('all', { message: 'scheduleId must be the id of a schedule (required with kind=agenda)' })
  scheduleId?: string;

  @ApiPropertyOptional({
    enum: ['html', 'text'],
    default: 'html',
    description: 'The HTML part, or the plain-text part',
  })
  @IsOptional()
  @IsIn(['html', 'text'], { message: 'format must be html or text' })
  format?: 'html' | 'text';
}

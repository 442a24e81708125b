import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsDefined,
  IsOptional,
  IsString,
  IsTimeZone,
  Length,
  Matches,
  ValidateNested,
} from 'class-validator';
import { NoControlCharacters, NormalizedText } from '../../common/validation/text.decorators.js';
import { EventSettingsDto } from './event-settings.dto.js';
import { SLUG_LENGTH, SLUG_PATTERN } from '../event-slug.js';
import { IsEventSlug } from './event-slug.decorator.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export class CreateEventDto {
  @ApiProperty({ example: 'Rencontres Franco-Marocaines de la Montagne 2026', maxLength: 200 })
  @NormalizedText()
  @Length(1, 200)
  @NoControlCharacters('single-line')
  @IsString()
  @IsDefined({ message: 'name is required' })
  name: string;

  @ApiPropertyOptional({
    example: 'rfmm-2026',
    minLength: SLUG_LENGTH.min,
    maxLength: SLUG_LENGTH.max,
    pattern: SLUG_PATTERN.source,
    description:
      'URL-friendly name of the event (3 to 64 lower-case letters, digits and single hyphens, never shaped like a UUID); derived from the name when absent',
  })
  @IsOptional()
  @IsEventSlug()
  @IsString()
  slug?: string;

  @ApiPropertyOptional({ example: '2026-09-15', format: 'date' })
  @IsOptional()
  @Matches(ISO_DATE, { message: 'startsOn must be a date such as 2026-09-15' })
  @IsString()
  startsOn?: string;

  @ApiPropertyOptional({ example: '2026-09-16', format: 'date' })
  @IsOptional()
  @Matches(ISO_DATE, { message: 'endsOn must be a date such as 2026-09-16' })
  @IsString()
  endsOn?: string;

  @ApiPropertyOptional({ example: 'Europe/Paris', default: 'Europe/Paris' })
  @IsOptional()
  @IsTimeZone({ message: 'timezone must be an IANA time zone such as Europe/Paris' })
  timezone?: string;

  @ApiPropertyOptional({ type: EventSettingsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => EventSettingsDto)
  settings?: EventSettingsDto;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { ORGANISATION_TYPE_SLUGS } from '../../taxonomy/organisation-types.js';
import { THEME_SLUGS } from '../../taxonomy/themes.js';

export class ListParticipantsQuery {
  @ApiPropertyOptional({ example: 'MA' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.toUpperCase() : value))
  @IsISO31661Alpha2({ message: 'country must be an ISO 3166-1 alpha-2 code such as FR or MA' })
  country?: string;

  @ApiPropertyOptional({ enum: THEME_SLUGS })
  @IsOptional()
  @IsIn(THEME_SLUGS, { message: `theme must be one of: ${THEME_SLUGS.join(', ')}` })
  theme?: string;

  @ApiPropertyOptional({ enum: ORGANISATION_TYPE_SLUGS })
  @IsOptional()
  @IsIn(ORGANISATION_TYPE_SLUGS, {
    message: `organisationType must be one of: ${ORGANISATION_TYPE_SLUGS.join(', ')}`,
  })
  organisationType?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @Min(1)
  @Max(200)
  @IsInt({ message: 'limit must be an integer between 1 and 200' })
  limit?: number;

  @ApiPropertyOptional({ description: '`nextCursor` of the previous page' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,400}$/, { message: 'cursor is not one this API returned' })
  @IsString()
  cursor?: string;
}

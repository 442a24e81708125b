import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsISO31661Alpha2, IsOptional, IsString, Length } from 'class-validator';
import { ORGANISATION_TYPE_SLUGS } from '../../taxonomy/organisation-types.js';
import { THEME_SLUGS } from '../../taxonomy/themes.js';
import { CursorPageQuery } from '../../common/http/cursor-page.query.js';

export class ListParticipantsQuery extends CursorPageQuery {
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

  @ApiPropertyOptional({
    description: 'Part of the name, organisation, e-mail or registration id (any case)',
    maxLength: 100,
  })
  @IsOptional()
  @Length(1, 100, { message: 'q must be 1 to 100 characters' })
  @IsString()
  q?: string;

  @ApiPropertyOptional({
    enum: ['matching', 'email', 'no-matching', 'no-email'],
    description: 'Those who gave (or did not give) a consent',
  })
  @IsOptional()
  @IsIn(['matching', 'email', 'no-matching', 'no-email'], {
    message: 'consent must be one of: matching, email, no-matching, no-email',
  })
  consent?: 'matching' | 'email' | 'no-matching' | 'no-email';
}

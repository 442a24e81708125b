import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDefined,
  IsEmail,
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsOptional,
  IsString,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { LANGUAGE_CODES } from '../../taxonomy/languages.js';
import { MASSIF_SLUGS } from '../../taxonomy/massifs.js';
import { ORGANISATION_TYPE_SLUGS } from '../../taxonomy/organisation-types.js';
import { resolveMassif } from '../../taxonomy/resolve.js';
import { THEME_SLUGS } from '../../taxonomy/themes.js';
import {
  IsEachOneOf,
  NoControlCharacters,
  NormalizedText,
} from '../../common/validation/text.decorators.js';
import { TEXT_LIMITS } from './text-limits.js';

const upperCase = Transform(({ value }) =>
  typeof value === 'string' ? value.trim().toUpperCase() : value,
);
// Forms send the label ("Anti-Atlas"), APIs the slug ("anti-atlas"); both mean the same massif.
const massifSlug = Transform(({ value }) =>
  typeof value === 'string' && value.trim() !== '' ? (resolveMassif(value) ?? value) : value,
);
const uniqueList = Transform(({ value }) =>
  Array.isArray(value) ? [...new Set(value as unknown[])] : value,
);

/** A registration as a front-end or an import sends it (PUT replaces the whole profile). */
export class ParticipantInputDto {
  @ApiProperty({ example: 'Fatima Zahra Aït Benhaddou', maxLength: TEXT_LIMITS.name })
  @NormalizedText()
  @Length(1, TEXT_LIMITS.name)
  @NoControlCharacters('single-line')
  @IsString()
  @IsDefined({ message: 'fullName is required' })
  fullName: string;

  @ApiProperty({
    example: 'fz.aitbenhaddou@example.ma',
    description: 'Unique per event, case-insensitively',
  })
  @NormalizedText()
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(TEXT_LIMITS.email)
  // validator.js accepts a quoted local part holding CR, LF or any control character.
  @NoControlCharacters('single-line')
  @IsString()
  @IsDefined({ message: 'email is required' })
  email: string;

  @ApiProperty({ example: 'Commune de Taliouine', maxLength: TEXT_LIMITS.name })
  @NormalizedText()
  @Length(1, TEXT_LIMITS.name)
  @NoControlCharacters('single-line')
  @IsString()
  @IsDefined({ message: 'organisation is required' })
  organisation: string;

  @ApiProperty({ enum: ORGANISATION_TYPE_SLUGS, example: 'collectivite' })
  @IsIn(ORGANISATION_TYPE_SLUGS, {
    message: `organisationType must be one of: ${ORGANISATION_TYPE_SLUGS.join(', ')}`,
  })
  @IsDefined({ message: 'organisationType is required' })
  organisationType: string;

  @ApiPropertyOptional({ example: 'tourisme rural', maxLength: TEXT_LIMITS.short })
  @IsOptional()
  @NormalizedText()
  @MaxLength(TEXT_LIMITS.short)
  @NoControlCharacters('single-line')
  @IsString()
  sector?: string;

  @ApiProperty({ example: 'MA', description: 'ISO 3166-1 alpha-2 country code' })
  @upperCase
  @IsISO31661Alpha2({ message: 'country must be an ISO 3166-1 alpha-2 code such as FR or MA' })
  @IsDefined({ message: 'country is required' })
  country: string;

  @ApiPropertyOptional({ example: 'Souss-Massa', maxLength: TEXT_LIMITS.short })
  @IsOptional()
  @NormalizedText()
  @MaxLength(TEXT_LIMITS.short)
  @NoControlCharacters('single-line')
  @IsString()
  region?: string;

  @ApiPropertyOptional({ enum: MASSIF_SLUGS, example: 'anti-atlas', description: 'Slug or label' })
  @IsOptional()
  @massifSlug
  @IsIn(MASSIF_SLUGS, { message: `massif must be one of: ${MASSIF_SLUGS.join(', ')}` })
  massif?: string;

  @ApiPropertyOptional({
    type: [String],
    enum: THEME_SLUGS,
    example: ['sustainable-tourism', 'cultural-heritage'],
  })
  @IsOptional()
  @uniqueList
  @ArrayMaxSize(THEME_SLUGS.length)
  @IsEachOneOf(THEME_SLUGS, 'theme')
  @IsArray()
  themes?: string[];

  @ApiPropertyOptional({ type: [String], enum: LANGUAGE_CODES, example: ['fr', 'ar', 'zgh'] })
  @IsOptional()
  @uniqueList
  @ArrayMaxSize(LANGUAGE_CODES.length)
  @IsEachOneOf(LANGUAGE_CODES, 'language')
  @IsArray()
  languages?: string[];

  @ApiPropertyOptional({
    example: "Circuits de randonnée et gîtes chez l'habitant autour du safran",
    maxLength: TEXT_LIMITS.long,
  })
  @IsOptional()
  @NormalizedText()
  @MaxLength(TEXT_LIMITS.long)
  @NoControlCharacters('multi-line')
  @IsString()
  offers?: string;

  @ApiPropertyOptional({
    example: 'Accompagnement pour labelliser une destination de tourisme durable',
    maxLength: TEXT_LIMITS.long,
  })
  @IsOptional()
  @NormalizedText()
  @MaxLength(TEXT_LIMITS.long)
  @NoControlCharacters('multi-line')
  @IsString()
  needs?: string;

  @ApiPropertyOptional({ maxLength: TEXT_LIMITS.description })
  @IsOptional()
  @NormalizedText()
  @MaxLength(TEXT_LIMITS.description)
  @NoControlCharacters('multi-line')
  @IsString()
  description?: string;

  @ApiPropertyOptional({
    default: false,
    description: 'Agrees to be suggested to other participants',
  })
  @IsOptional()
  @IsBoolean()
  consentMatching?: boolean;

  @ApiPropertyOptional({
    default: false,
    description: 'Agrees to receive e-mails from the organisers',
  })
  @IsOptional()
  @IsBoolean()
  consentEmail?: boolean;

  @ApiPropertyOptional({
    type: [Number],
    example: [1, 2, 3, 5],
    description: 'Speed-meeting rounds attended; absent means all',
  })
  @IsOptional()
  @ArrayMaxSize(TEXT_LIMITS.rounds)
  @ArrayUnique({ message: 'availability must not list a round twice' })
  @IsInt({ each: true, message: 'availability must list round numbers (integers)' })
  @Min(1, { each: true, message: 'availability rounds start at 1' })
  @Max(TEXT_LIMITS.rounds, {
    each: true,
    message: `availability rounds go up to ${TEXT_LIMITS.rounds}`,
  })
  @IsArray()
  availability?: number[];
}

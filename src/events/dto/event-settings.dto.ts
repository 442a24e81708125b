import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { NoControlCharacters, NormalizedText } from '../../common/validation/text.decorators.js';
import { DEFAULT_EVENT_SETTINGS } from '../event-settings.js';

const weight = (name: string) =>
  ApiPropertyOptional({
    minimum: 0,
    maximum: 1,
    default: DEFAULT_EVENT_SETTINGS.weights[name as keyof typeof DEFAULT_EVENT_SETTINGS.weights],
  });

/** Relative weight of each part of the match score, each between 0 and 1. */
export class MatchWeightsDto {
  @weight('complementarity')
  @IsOptional()
  @Min(0)
  @Max(1)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  complementarity?: number;

  @weight('themes')
  @IsOptional()
  @Min(0)
  @Max(1)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  themes?: number;

  @weight('text')
  @IsOptional()
  @Min(0)
  @Max(1)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  text?: number;

  @weight('actors')
  @IsOptional()
  @Min(0)
  @Max(1)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  actors?: number;

  @weight('territory')
  @IsOptional()
  @Min(0)
  @Max(1)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  territory?: number;
}

export class EventSettingsDto {
  @ApiPropertyOptional({ type: MatchWeightsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => MatchWeightsDto)
  weights?: MatchWeightsDto;

  @ApiPropertyOptional({
    default: DEFAULT_EVENT_SETTINGS.crossCountryOnly,
    description: 'Suggest partners from the other country only',
  })
  @IsOptional()
  @IsBoolean()
  crossCountryOnly?: boolean;

  @ApiPropertyOptional({
    default: DEFAULT_EVENT_SETTINGS.topK,
    minimum: 1,
    maximum: 200,
    description: 'Suggestions kept per participant',
  })
  @IsOptional()
  @Min(1)
  @Max(200)
  @IsInt()
  topK?: number;

  @ApiPropertyOptional({
    example: 'Équipe des Rencontres — Cluster Montagne',
    maxLength: 200,
    description: 'Named in the e-mails as the contact for meeting requests',
  })
  @IsOptional()
  @NormalizedText()
  @Length(1, 200)
  @NoControlCharacters('single-line')
  @IsString()
  organiserName?: string;

  @ApiPropertyOptional({
    example: 'rencontres@cluster-montagne.example.org',
    description: 'Where participants ask for a meeting; also the Reply-To of the e-mails',
  })
  @IsOptional()
  @NormalizedText()
  @IsEmail({}, { message: 'organiserEmail must be a valid e-mail address' })
  @MaxLength(254)
  @NoControlCharacters('single-line')
  @IsString()
  organiserEmail?: string;

  @ApiPropertyOptional({
    type: [String],
    example: ['https://inscription.rencontres-montagne.example.org'],
    description: 'Web origins whose pages may call the API for this event (CORS)',
  })
  @IsOptional()
  @Matches(/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i, {
    each: true,
    message: 'each of corsOrigins must be an origin such as https://inscription.example.org',
  })
  @ArrayMaxSize(20)
  @IsArray()
  corsOrigins?: string[];
}

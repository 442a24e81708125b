import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsInt, IsNumber, IsOptional, Max, Min, ValidateNested } from 'class-validator';
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
}

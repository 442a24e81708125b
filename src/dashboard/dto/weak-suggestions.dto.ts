import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsNumber, IsOptional, Max, Min } from 'class-validator';

export const DEFAULT_WEAK_BELOW = 0.3;

/** The threshold under which a best suggestion counts as weak. */
export class WeakBelowQuery {
  @ApiPropertyOptional({ minimum: 0, maximum: 1, default: DEFAULT_WEAK_BELOW })
  @IsOptional()
  @Type(() => Number)
  @Min(0)
  @Max(1)
  @IsNumber(
    { allowNaN: false, allowInfinity: false },
    { message: 'weakBelow must be a number between 0 and 1' },
  )
  weakBelow?: number;
}

export class WeakSuggestionsQuery extends WeakBelowQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @Min(1)
  @Max(500)
  @IsInt({ message: 'limit must be an integer between 1 and 500' })
  limit?: number;
}

export class WeakSuggestionDto {
  @ApiProperty() externalId: string;
  @ApiProperty() fullName: string;
  @ApiProperty() organisation: string;
  @ApiProperty({ example: 'MA' }) country: string;
  @ApiProperty({ nullable: true, type: Number, description: 'Null: no suggestion at all' })
  bestScore: number | null;
  @ApiProperty({ description: 'Suggestions in their list' }) suggestions: number;
}

export class WeakSuggestionsDto {
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) runId: string | null;
  @ApiProperty() weakBelow: number;
  @ApiProperty({ description: 'All weak participants, beyond this page too' }) total: number;
  @ApiProperty({ type: [WeakSuggestionDto], description: 'Weakest first' })
  items: WeakSuggestionDto[];
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNumber, IsOptional, Max, Min } from 'class-validator';

export class ListMatchesQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 10 })
  @IsOptional()
  @Type(() => Number)
  @Min(1)
  @Max(200)
  @IsInt({ message: 'limit must be an integer between 1 and 200' })
  limit?: number;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: 1,
    description: 'Only partners scoring at least this',
  })
  @IsOptional()
  @Type(() => Number)
  @Min(0)
  @Max(1)
  @IsNumber({ allowNaN: false }, { message: 'minScore must be a number between 0 and 1' })
  minScore?: number;

  @ApiPropertyOptional({
    enum: ['fr', 'en'],
    default: 'fr',
    description: 'Language of the reasons',
  })
  @IsOptional()
  @IsIn(['fr', 'en'], { message: 'lang must be fr or en' })
  lang?: 'fr' | 'en';
}

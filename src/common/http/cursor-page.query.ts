import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

/** `limit` and `cursor` of a list read page by page; list queries extend it with their filters. */
export class CursorPageQuery {
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

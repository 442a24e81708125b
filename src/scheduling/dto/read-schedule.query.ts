import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export class ScheduleLanguageQuery {
  @ApiPropertyOptional({
    enum: ['fr', 'en'],
    default: 'fr',
    description: 'Language of reasons, headers and calendar entries',
  })
  @IsOptional()
  @IsIn(['fr', 'en'], { message: 'lang must be fr or en' })
  lang?: 'fr' | 'en';
}

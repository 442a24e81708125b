import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { EXTERNAL_ID_PATTERN, EXTERNAL_ID_RULE } from '../../../participants/dto/external-id.js';
import {
  DEFAULT_SUGGESTIONS_LIMIT,
  MAX_SUGGESTIONS_LIMIT,
} from '../../suggestions/suggestions-options.js';

/** Who gets a mailing, and whether it is only a rehearsal; shared by every kind. */
export class MailingAudienceDto {
  @ApiPropertyOptional({
    type: [String],
    example: ['RFMM-0002', 'RFMM-0017'],
    description:
      'External ids of the participants to write to (those who consent to e-mails); everyone when absent',
  })
  @IsOptional()
  @ArrayMaxSize(20_000)
  @ArrayUnique({ message: 'participants must not repeat an id' })
  @ArrayNotEmpty({ message: 'participants must not be empty (leave it out to write to everyone)' })
  @Matches(EXTERNAL_ID_PATTERN, { each: true, message: EXTERNAL_ID_RULE })
  @IsString({ each: true })
  @IsArray()
  participants?: string[];

  @ApiPropertyOptional({
    default: false,
    description:
      'Send nothing and record nothing: the job result says who would get what (kept one hour)',
  })
  @IsOptional()
  @IsBoolean()
  dryRun?: boolean;
}

export class SendSuggestionsDto extends MailingAudienceDto {
  @ApiPropertyOptional({
    minimum: 1,
    maximum: MAX_SUGGESTIONS_LIMIT,
    default: DEFAULT_SUGGESTIONS_LIMIT,
    description: 'Partners listed in each e-mail, best first',
  })
  @IsOptional()
  @Min(1)
  @Max(MAX_SUGGESTIONS_LIMIT)
  @IsInt({ message: `limit must be an integer between 1 and ${MAX_SUGGESTIONS_LIMIT}` })
  limit?: number;
}

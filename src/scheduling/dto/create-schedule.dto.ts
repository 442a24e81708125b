import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsISO8601,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsExternalIdPairs, PAIR_LIST_LIMIT } from './is-external-id-pairs.js';
import { IsTimeZone } from './is-time-zone.js';

export class ScheduleBreakDto {
  @ApiProperty({ minimum: 1, description: 'The pause comes after this round' })
  @Min(1)
  @IsInt()
  afterRound: number;

  @ApiProperty({ minimum: 1, maximum: 600 })
  @Min(1)
  @Max(600)
  @IsInt()
  minutes: number;
}

const pairList = (description: string) =>
  ApiPropertyOptional({
    description,
    type: 'array',
    items: { type: 'array', items: { type: 'string' }, minItems: 2, maxItems: 2 },
    maxItems: PAIR_LIST_LIMIT,
    example: [['REG-0001', 'REG-0002']],
  });

/** What the organiser asks the solver for. */
export class CreateScheduleDto {
  @ApiProperty({ minimum: 1, maximum: 48, example: 12 })
  @Min(1)
  @Max(48)
  @IsInt()
  rounds: number;

  @ApiProperty({ minimum: 1, maximum: 5000, example: 40 })
  @Min(1)
  @Max(5000)
  @IsInt()
  tables: number;

  @ApiProperty({
    example: '2026-05-20T14:00:00+02:00',
    description: 'Start of the first round, with its UTC offset',
  })
  @Matches(/(Z|[+-]\d\d:\d\d)$/, { message: 'startAt must end with Z or a UTC offset (+02:00)' })
  @IsISO8601({ strict: true }, { message: 'startAt must be an ISO 8601 date-time' })
  startAt: string;

  @ApiPropertyOptional({
    example: 'Africa/Casablanca',
    description: 'Time zone of the venue, for agendas, e-mails and exports. Default: the event’s',
  })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string;

  @ApiProperty({ minimum: 1, maximum: 240, example: 8 })
  @Min(1)
  @Max(240)
  @IsInt()
  roundMinutes: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 240, default: 0, description: 'Between rounds' })
  @IsOptional()
  @Min(0)
  @Max(240)
  @IsInt()
  breakMinutes?: number;

  @ApiPropertyOptional({ type: [ScheduleBreakDto], description: 'Extra pauses (lunch, plenary)' })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => ScheduleBreakDto)
  @ArrayMaxSize(48)
  @IsArray()
  breaks?: ScheduleBreakDto[];

  @ApiPropertyOptional({ minimum: 0, maximum: 1, default: 0 })
  @IsOptional()
  @Min(0)
  @Max(1)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  minScore?: number;

  @ApiPropertyOptional({
    minimum: 0,
    default: 1,
    description: 'Everyone available with acceptable partners gets at least this many',
  })
  @IsOptional()
  @Min(0)
  @Max(48)
  @IsInt()
  minMeetings?: number;

  @ApiPropertyOptional({ minimum: 1, description: 'Default: one per round' })
  @IsOptional()
  @Min(1)
  @Max(48)
  @IsInt()
  maxMeetings?: number;

  @pairList('Pairs to schedule whenever possible')
  @IsOptional()
  @IsExternalIdPairs()
  mustMeet?: [string, string][];

  @pairList('Pairs never to schedule')
  @IsOptional()
  @IsExternalIdPairs()
  mustNotMeet?: [string, string][];

  @ApiPropertyOptional({
    default: true,
    description: 'Schedule pairs without a common language (flagged for an interpreter)',
  })
  @IsOptional()
  @IsBoolean()
  allowInterpreterPairs?: boolean;

  @ApiPropertyOptional({ default: 0, description: 'Tie-breaking seed: same input, same schedule' })
  @IsOptional()
  @Min(0)
  @Max(2 ** 31 - 1)
  @IsInt()
  seed?: number;

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'Schedule to regenerate: its published meetings stay where they are, the others move as little as possible. Default: the latest published schedule of the event.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'lockedFrom must be a schedule id' })
  lockedFrom?: string;

  @ApiPropertyOptional({
    default: false,
    description: 'Let the published meetings of lockedFrom move too',
  })
  @IsOptional()
  @IsBoolean()
  releasePublished?: boolean;
}

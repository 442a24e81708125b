import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';
import { ScheduleStatsDto } from '../scheduling/dto/schedule.dto.js';
import {
  ImportJobResultDto,
  MailingJobResultDto,
  MatchingRunJobResultDto,
  MatchingShardJobResultDto,
  MatchUpdateJobResultDto,
  SendEmailJobResultDto,
} from './job-results.dto.js';

const RESULTS = [
  ImportJobResultDto,
  MatchingRunJobResultDto,
  MatchingShardJobResultDto,
  MatchUpdateJobResultDto,
  ScheduleStatsDto,
  MailingJobResultDto,
  SendEmailJobResultDto,
];

@ApiExtraModels(...RESULTS)
export class JobStateDto {
  @ApiProperty({ example: 'import-5b0c…' }) id: string;
  @ApiProperty({ example: 'imports' }) queue: string;
  @ApiProperty({ example: 'import-participants' }) name: string;
  @ApiProperty({
    enum: [
      'waiting',
      'active',
      'completed',
      'failed',
      'delayed',
      'prioritized',
      'waiting-children',
      'unknown',
    ],
  })
  state: string;
  @ApiProperty({
    description: 'Percentage done (0-100); BullMQ allows an object with details too',
    oneOf: [
      { type: 'number', minimum: 0, maximum: 100 },
      { type: 'object', additionalProperties: true },
    ],
  })
  progress: number | object;
  @ApiProperty({
    description:
      'Null until completed; then a small summary (ids and counts) by job name: ' +
      'import-participants → ImportJobResultDto, finish-matching-run → MatchingRunJobResultDto, ' +
      'compute-matching-shard → MatchingShardJobResultDto, update-participant-matches → ' +
      'MatchUpdateJobResultDto, solve-schedule → ScheduleStatsDto, plan-mailing → ' +
      'MailingJobResultDto, send-email → SendEmailJobResultDto',
    // OpenAPI 3.0 says "null" as a nullable schema whose only value is null.
    anyOf: [
      ...RESULTS.map((dto) => ({ $ref: getSchemaPath(dto) })),
      { type: 'object', nullable: true, enum: [null] },
    ],
  })
  result: object | null;
  @ApiPropertyOptional({ nullable: true, type: String }) failedReason: string | null;
  @ApiProperty() attemptsMade: number;
  @ApiProperty() createdAt: Date;
  @ApiPropertyOptional({ nullable: true, type: Date }) finishedAt: Date | null;
}

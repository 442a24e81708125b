import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MATCHING_RUN_STATUSES, MatchingRunEntity } from '../runs/matching-run.entity.js';

export class MatchingRunAcceptedDto {
  @ApiProperty({ description: 'Follow progress at GET /jobs/{jobId}' }) jobId: string;
  @ApiProperty({ format: 'uuid' }) runId: string;
}

export class MatchingRunDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: MATCHING_RUN_STATUSES }) status: string;
  @ApiProperty() jobId: string;
  @ApiProperty({ description: 'Participants consenting to matching when the run started' })
  participantCount: number;
  @ApiProperty() shardCount: number;
  @ApiProperty() shardsDone: number;
  @ApiPropertyOptional({ nullable: true, type: String }) failureReason: string | null;
  @ApiProperty() createdAt: Date;
  @ApiPropertyOptional({ nullable: true, type: Date }) finishedAt: Date | null;

  static from(run: MatchingRunEntity): MatchingRunDto {
    const {
      id,
      status,
      jobId,
      participantCount,
      shardCount,
      shardsDone,
      failureReason,
      createdAt,
      finishedAt,
    } = run;
    return {
      id,
      status,
      jobId,
      participantCount,
      shardCount,
      shardsDone,
      failureReason,
      createdAt,
      finishedAt,
    };
  }
}

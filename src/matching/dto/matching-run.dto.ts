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
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Lists the run wrote, counted when it completed; null before that',
  })
  listsWritten: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Milliseconds from start to finish; null while it runs',
  })
  durationMs: number | null;
  @ApiProperty({ description: 'Whether readers see this run’s lists now' }) current: boolean;

  static from(run: MatchingRunEntity, currentRunId: string | null = null): MatchingRunDto {
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
      listsWritten,
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
      listsWritten: listsWritten ?? null,
      durationMs: finishedAt ? finishedAt.getTime() - createdAt.getTime() : null,
      current: currentRunId === id,
    };
  }
}

export class MatchingRunPageDto {
  @ApiProperty({ type: [MatchingRunDto], description: 'Newest first' }) items: MatchingRunDto[];
  @ApiProperty({ description: 'Runs of the event, all pages together' }) total: number;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Pass as `cursor` to read the next page; null on the last page',
  })
  nextCursor: string | null;
}

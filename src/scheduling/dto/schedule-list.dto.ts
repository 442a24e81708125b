import { ApiProperty } from '@nestjs/swagger';
import { SCHEDULE_STATUSES } from '../schedule.entity.js';
import type { ScheduleEntity } from '../schedule.entity.js';

/** One line of an event's list of schedules: its state and how good it is, not its grid. */
export class ScheduleListItemDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: SCHEDULE_STATUSES }) status: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) solvedAt: string | null;
  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date-time',
    description: 'When it was published; null while it is a draft',
  })
  publishedAt: string | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Null until solved' })
  meetings: number | null;
  @ApiProperty({ nullable: true, type: Number }) totalScore: number | null;
  @ApiProperty({ nullable: true, type: Number }) upperBound: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: '(upperBound − totalScore) / upperBound; 0 = proved optimal',
  })
  gap: number | null;
  @ApiProperty({ nullable: true, type: String, description: 'Why the solve failed' })
  failureReason: string | null;

  static from(schedule: ScheduleEntity): ScheduleListItemDto {
    const { stats } = schedule;
    return {
      id: schedule.id,
      status: schedule.status,
      createdAt: schedule.createdAt.toISOString(),
      solvedAt: schedule.solvedAt?.toISOString() ?? null,
      publishedAt: schedule.publishedAt?.toISOString() ?? null,
      meetings: stats?.meetings ?? null,
      totalScore: stats?.totalScore ?? null,
      upperBound: stats?.upperBound ?? null,
      gap: stats?.gap ?? null,
      failureReason: schedule.failureReason,
    };
  }
}

export class SchedulePageDto {
  @ApiProperty({ type: [ScheduleListItemDto], description: 'Newest first' })
  items: ScheduleListItemDto[];
  @ApiProperty({ description: 'Schedules of the event, all pages together' }) total: number;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Pass as `cursor` to read the next page; null on the last page',
  })
  nextCursor: string | null;
}

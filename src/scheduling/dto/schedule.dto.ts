import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { SCHEDULE_STATUSES } from '../schedule.entity.js';
import type { ScheduleEntity } from '../schedule.entity.js';
import type { ScheduleParams } from '../schedule-params.js';
import type { ScheduleStats } from '../schedule-stats.js';

export class ScheduleAcceptedDto {
  @ApiProperty({ description: 'Follow the solver at GET /jobs/{jobId}' }) jobId: string;
  @ApiProperty({ format: 'uuid' }) scheduleId: string;
}

export class MeetingPartyDto {
  @ApiProperty() externalId: string;
  @ApiProperty() fullName: string;
  @ApiProperty() organisation: string;
  @ApiProperty({ example: 'collectivite' }) organisationType: string;
  @ApiProperty({ example: 'MA' }) country: string;
  @ApiPropertyOptional({ nullable: true, type: String }) region: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) massif: string | null;
}

export class ScheduledMeetingDto {
  @ApiProperty({ minimum: 1 }) table: number;
  @ApiProperty({ type: MeetingPartyDto }) a: MeetingPartyDto;
  @ApiProperty({ type: MeetingPartyDto }) b: MeetingPartyDto;
  @ApiProperty({ minimum: 0, maximum: 1 }) score: number;
  @ApiProperty({ description: 'No common language: place an interpreter' })
  needsInterpreter: boolean;
  @ApiProperty({ description: 'Kept from the published schedule this one regenerates' })
  locked: boolean;
  @ApiProperty({ description: 'Asked for by the organiser' }) mustMeet: boolean;
}

export class ScheduleRoundDto {
  @ApiProperty({ minimum: 1 }) round: number;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
  @ApiProperty({ type: [ScheduledMeetingDto] }) meetings: ScheduledMeetingDto[];
}

export class MeetingsPerParticipantDto {
  @ApiProperty() min: number;
  @ApiProperty() mean: number;
  @ApiProperty() max: number;
}

export class ShortfallDto {
  @ApiProperty() externalId: string;
  @ApiProperty() meetings: number;
  @ApiProperty() minimum: number;
  @ApiProperty({
    enum: [
      'too-few-rounds-available',
      'too-few-acceptable-partners',
      'partners-or-tables-taken',
      'partner-erased',
    ],
  })
  reason: string;
}

export class UnmetPairDto {
  @ApiProperty() a: string;
  @ApiProperty() b: string;
  @ApiProperty() reason: string;
}

export class ScheduleStatsDto {
  @ApiProperty() meetings: number;
  @ApiProperty({ description: 'Sum of the scores of the scheduled meetings' }) totalScore: number;
  @ApiProperty({ description: 'No schedule with these constraints can score more' })
  upperBound: number;
  @ApiProperty({ description: '(upperBound − totalScore) / upperBound; 0 = proved optimal' })
  gap: number;
  @ApiProperty({ enum: ['exact', 'heuristic'] }) method: string;
  @ApiProperty({ description: 'Consenting participants considered' }) participants: number;
  @ApiProperty({ type: MeetingsPerParticipantDto })
  meetingsPerParticipant: MeetingsPerParticipantDto;
  @ApiProperty() interpreterMeetings: number;
  @ApiProperty() lockedMeetings: number;
  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description: 'Meetings of the regenerated schedule still at the same round and table',
  })
  keptMeetings: number | null;
  @ApiProperty({ type: [String], description: 'External ids of participants without a meeting' })
  withoutMeeting: string[];
  @ApiProperty({ type: [ShortfallDto] }) shortfalls: ShortfallDto[];
  @ApiProperty({ type: [UnmetPairDto] }) unmetMustMeet: UnmetPairDto[];
  @ApiProperty({ description: 'Solver time in milliseconds' }) solveMs: number;
}

export class ScheduleBreakDto {
  @ApiProperty({ minimum: 1 }) afterRound: number;
  @ApiProperty({ minimum: 1 }) minutes: number;
}

const PAIRS = {
  type: 'array',
  items: { type: 'array', items: { type: 'string' }, minItems: 2, maxItems: 2 },
  description: 'Pairs of external ids',
} as const;

/** The request as stored, defaults filled in: a schedule can be solved again from it. */
export class ScheduleParamsDto {
  @ApiProperty({ minimum: 1 }) rounds: number;
  @ApiProperty({ minimum: 1 }) tables: number;
  @ApiProperty({ format: 'date-time' }) startAt: string;
  @ApiProperty({ example: 'Europe/Paris' }) timeZone: string;
  @ApiProperty({ minimum: 1 }) roundMinutes: number;
  @ApiProperty({ minimum: 0 }) breakMinutes: number;
  @ApiProperty({ type: [ScheduleBreakDto] }) breaks: ScheduleBreakDto[];
  @ApiProperty({ minimum: 0, maximum: 1 }) minScore: number;
  @ApiProperty({ minimum: 0 }) minMeetings: number;
  @ApiProperty({ minimum: 0 }) maxMeetings: number;
  @ApiProperty(PAIRS) mustMeet: [string, string][];
  @ApiProperty(PAIRS) mustNotMeet: [string, string][];
  @ApiProperty() allowInterpreterPairs: boolean;
  @ApiProperty({ type: 'integer' }) seed: number;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    format: 'uuid',
    description: 'The schedule this one regenerates',
  })
  lockedFrom: string | null;
  @ApiProperty({ description: 'Published meetings of lockedFrom may move too' })
  releasePublished: boolean;
}

export class ScheduleDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) eventId: string;
  @ApiProperty({ enum: SCHEDULE_STATUSES }) status: string;
  @ApiProperty() jobId: string;
  @ApiProperty({ type: ScheduleParamsDto, description: 'The request, defaults filled in' })
  params: ScheduleParams;
  @ApiPropertyOptional({ type: ScheduleStatsDto, nullable: true }) stats: ScheduleStats | null;
  @ApiPropertyOptional({ nullable: true, type: String }) failureReason: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' })
  solvedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, format: 'date-time' })
  publishedAt: string | null;
  @ApiProperty({ type: [ScheduleRoundDto], description: 'Empty until the schedule is solved' })
  rounds: ScheduleRoundDto[];

  static from(schedule: ScheduleEntity, rounds: ScheduleRoundDto[]): ScheduleDto {
    return {
      id: schedule.id,
      eventId: schedule.eventId,
      status: schedule.status,
      jobId: schedule.jobId,
      params: schedule.params,
      stats: schedule.stats,
      failureReason: schedule.failureReason,
      createdAt: schedule.createdAt.toISOString(),
      solvedAt: schedule.solvedAt?.toISOString() ?? null,
      publishedAt: schedule.publishedAt?.toISOString() ?? null,
      rounds,
    };
  }
}

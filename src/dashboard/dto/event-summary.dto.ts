import { ApiProperty } from '@nestjs/swagger';
import { MatchingRunDto } from '../../matching/dto/matching-run.dto.js';

export class KeyCountDto {
  @ApiProperty({ example: 'FR' }) key: string;
  @ApiProperty() count: number;
}

export class ConsentCountsDto {
  @ApiProperty({ description: 'Participants who agreed to be matched' }) matching: number;
  @ApiProperty({ description: 'Participants who agreed to receive e-mails' }) email: number;
}

export class ParticipantSummaryDto {
  @ApiProperty() total: number;
  @ApiProperty({ type: [KeyCountDto], description: 'ISO country codes, largest first' })
  byCountry: KeyCountDto[];
  @ApiProperty({ type: [KeyCountDto], description: 'Taxonomy organisation types' })
  byOrganisationType: KeyCountDto[];
  @ApiProperty({ type: [KeyCountDto], description: 'Taxonomy themes (a participant has several)' })
  byTheme: KeyCountDto[];
  @ApiProperty({ type: ConsentCountsDto }) consents: ConsentCountsDto;
}

export class MatchingSummaryDto {
  @ApiProperty({
    type: MatchingRunDto,
    nullable: true,
    description: 'The run whose lists readers see; null before the first completes',
  })
  currentRun: MatchingRunDto | null;
  @ApiProperty({
    type: MatchingRunDto,
    nullable: true,
    description: 'The newest run, which may still be queued or running, or have failed',
  })
  latestRun: MatchingRunDto | null;
  @ApiProperty({ description: 'The threshold `weakBelow` the counts below used' })
  weakBelow: number;
  @ApiProperty({
    description:
      'Participants of the current run whose best suggestion scores below `weakBelow` (or who have none)',
  })
  weakCount: number;
}

export class ScheduleSummaryDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['queued', 'solving', 'ready', 'failed', 'published'] }) status: string;
  @ApiProperty() createdAt: Date;
  @ApiProperty({ nullable: true, type: Date }) solvedAt: Date | null;
  @ApiProperty({ nullable: true, type: Date }) publishedAt: Date | null;
  @ApiProperty({ nullable: true, type: Number }) meetings: number | null;
  @ApiProperty({ nullable: true, type: Number }) totalScore: number | null;
  @ApiProperty({ nullable: true, type: Number }) upperBound: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'How far the total may be from the best possible, 0–1',
  })
  gap: number | null;
}

export class EmailCountsDto {
  @ApiProperty() queued: number;
  @ApiProperty() sent: number;
  @ApiProperty() failed: number;
  @ApiProperty() skipped: number;
}

export class EventSummaryDto {
  @ApiProperty({ type: ParticipantSummaryDto }) participants: ParticipantSummaryDto;
  @ApiProperty({ type: MatchingSummaryDto }) matching: MatchingSummaryDto;
  @ApiProperty({
    type: ScheduleSummaryDto,
    nullable: true,
    description: 'The newest schedule; null when none was asked for',
  })
  latestSchedule: ScheduleSummaryDto | null;
  @ApiProperty({ type: EmailCountsDto }) emails: EmailCountsDto;
}

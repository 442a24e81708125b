import { ApiProperty } from '@nestjs/swagger';
import { MatchReasonDto } from '../../matching/dto/match.dto.js';
import { MeetingPartyDto } from './schedule.dto.js';

export class AgendaMeetingDto {
  @ApiProperty({ minimum: 1 }) round: number;
  @ApiProperty({ format: 'date-time', example: '2026-09-15T12:00:00.000Z', description: 'UTC' })
  startsAt: string;
  @ApiProperty({ format: 'date-time', example: '2026-09-15T12:10:00.000Z', description: 'UTC' })
  endsAt: string;
  @ApiProperty({
    format: 'date-time',
    example: '2026-09-15T14:00:00+02:00',
    description:
      'The same instant as startsAt, on the venue’s clock (timeZone) with its UTC offset that day',
  })
  startsAtLocal: string;
  @ApiProperty({
    format: 'date-time',
    example: '2026-09-15T14:10:00+02:00',
    description: 'The same instant as endsAt, on the venue’s clock with its UTC offset',
  })
  endsAtLocal: string;
  @ApiProperty({ minimum: 1 }) table: number;
  @ApiProperty({ type: MeetingPartyDto }) partner: MeetingPartyDto;
  @ApiProperty({ minimum: 0, maximum: 1 }) score: number;
  @ApiProperty({ description: 'No common language: an interpreter will be there' })
  needsInterpreter: boolean;
  @ApiProperty({ type: [MatchReasonDto], description: 'Why they meet' })
  reasons: MatchReasonDto[];
}

export class AgendaDto {
  @ApiProperty({ format: 'uuid' }) scheduleId: string;
  @ApiProperty({ enum: ['ready', 'published'] }) status: string;
  @ApiProperty({
    example: 'Europe/Paris',
    description:
      'IANA name of the venue’s time zone, in which startsAtLocal and endsAtLocal are given',
  })
  timeZone: string;
  @ApiProperty({ type: MeetingPartyDto }) participant: MeetingPartyDto;
  @ApiProperty({ type: [AgendaMeetingDto] }) meetings: AgendaMeetingDto[];
}

import { ApiProperty } from '@nestjs/swagger';
import { MatchReasonDto } from '../../matching/dto/match.dto.js';
import { MeetingPartyDto } from './schedule.dto.js';

export class AgendaMeetingDto {
  @ApiProperty({ minimum: 1 }) round: number;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ format: 'date-time' }) endsAt: string;
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
  @ApiProperty({ example: 'Europe/Paris' }) timeZone: string;
  @ApiProperty({ type: MeetingPartyDto }) participant: MeetingPartyDto;
  @ApiProperty({ type: [AgendaMeetingDto] }) meetings: AgendaMeetingDto[];
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ParticipantEntity } from '../participant.entity.js';

/** A stored registration as the API returns it. */
export class ParticipantDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'REG-2026-0042' }) externalId: string;
  @ApiProperty() fullName: string;
  @ApiProperty() email: string;
  @ApiProperty() organisation: string;
  @ApiProperty({ example: 'collectivite' }) organisationType: string;
  @ApiPropertyOptional({ nullable: true, type: String }) sector: string | null;
  @ApiProperty({ example: 'MA' }) country: string;
  @ApiPropertyOptional({ nullable: true, type: String }) region: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, example: 'anti-atlas' }) massif:
    string | null;
  @ApiProperty({ type: [String] }) themes: string[];
  @ApiProperty({ type: [String] }) languages: string[];
  @ApiPropertyOptional({ nullable: true, type: String }) offers: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) needs: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) description: string | null;
  @ApiProperty() consentMatching: boolean;
  @ApiProperty() consentEmail: boolean;
  @ApiPropertyOptional({ nullable: true, type: [Number] }) availability: number[] | null;
  @ApiProperty({ description: 'Bumped each time the profile really changes' })
  profileVersion: number;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;

  static from(participant: ParticipantEntity): ParticipantDto {
    const { eventId: _eventId, event: _event, ...view } = participant;
    return view;
  }
}

export class ParticipantPageDto {
  @ApiProperty({ type: [ParticipantDto] }) items: ParticipantDto[];
  @ApiProperty({ description: 'Participants matching the filters, all pages together' })
  total: number;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'Pass as `cursor` to read the next page; null on the last page',
  })
  nextCursor: string | null;
}

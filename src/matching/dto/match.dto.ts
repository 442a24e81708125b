import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REASON_KINDS } from '../engine/match-types.js';

export class MatchPartnerDto {
  @ApiProperty() externalId: string;
  @ApiProperty() fullName: string;
  @ApiProperty() organisation: string;
  @ApiProperty({ example: 'entreprise' }) organisationType: string;
  @ApiProperty({ example: 'FR' }) country: string;
  @ApiPropertyOptional({ nullable: true, type: String }) region: string | null;
  @ApiPropertyOptional({ nullable: true, type: String }) massif: string | null;
  @ApiProperty({ type: [String] }) themes: string[];
}

export class MatchReasonDto {
  @ApiProperty({ enum: REASON_KINDS }) kind: string;
  @ApiProperty({ description: 'Share of the score this reason accounts for (0-1)' }) share: number;
  @ApiProperty({
    example:
      'Son offre (prévention des crues torrentielles) répond à votre besoin (gestion des inondations)',
  })
  text: string;
}

export class MatchDto {
  @ApiProperty({ type: MatchPartnerDto }) partner: MatchPartnerDto;
  @ApiProperty({ minimum: 0, maximum: 1, description: 'Match score, to four decimals' })
  score: number;
  @ApiProperty({ minimum: 1 }) rank: number;
  @ApiProperty({ description: 'No common language: an interpreter is needed' })
  needsInterpreter: boolean;
  @ApiProperty({ type: [MatchReasonDto] }) reasons: MatchReasonDto[];
}

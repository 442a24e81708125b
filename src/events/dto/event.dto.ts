import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { EventEntity } from '../event.entity.js';
import type { EventSettings } from '../event-settings.js';

class MatchWeightsView {
  @ApiProperty() complementarity: number;
  @ApiProperty() themes: number;
  @ApiProperty() text: number;
  @ApiProperty() actors: number;
  @ApiProperty() territory: number;
}

class EventSettingsView {
  @ApiProperty({ type: MatchWeightsView }) weights: MatchWeightsView;
  @ApiProperty() crossCountryOnly: boolean;
  @ApiProperty() topK: number;
  @ApiPropertyOptional() organiserName?: string;
  @ApiPropertyOptional() organiserEmail?: string;
  @ApiProperty({ type: [String] }) corsOrigins: string[];
}

export class EventDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'rfmm-2026' }) slug: string;
  @ApiProperty() name: string;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) startsOn: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date' }) endsOn: string | null;
  @ApiProperty({ example: 'Europe/Paris' }) timezone: string;
  @ApiProperty({ type: EventSettingsView }) settings: EventSettings;
  @ApiProperty() createdAt: Date;
  @ApiProperty() updatedAt: Date;

  static from(event: EventEntity): EventDto {
    // currentMatchingRunId stays internal: readers learn about runs from /matching/runs.
    const { id, slug, name, startsOn, endsOn, timezone, settings, createdAt, updatedAt } = event;
    return { id, slug, name, startsOn, endsOn, timezone, settings, createdAt, updatedAt };
  }
}

export class EventKeysDto {
  @ApiProperty({ description: 'Everything for this event: imports, matching, schedules, e-mails' })
  organiser: string;
  @ApiProperty({
    description:
      'For a registration front-end: upsert, read and erase one participant, read their matches and agenda',
  })
  frontend: string;
}

export class CreatedEventDto extends EventDto {
  @ApiProperty({ type: EventKeysDto, description: 'Shown once: store them now' })
  keys: EventKeysDto;
}

export class UpdatedEventDto extends EventDto {
  @ApiProperty({
    description:
      'True when weights, topK or crossCountryOnly changed: the lists were computed with the old settings until a new matching run (POST /events/{eventId}/matching/runs) completes',
  })
  matchingSettingsChanged: boolean;
}

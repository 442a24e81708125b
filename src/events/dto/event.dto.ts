import { ApiProperty } from '@nestjs/swagger';
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

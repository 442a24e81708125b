import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EventsService } from '../events/events.service.js';
import { findParticipant } from '../participants/find-participant.js';
import type { MatchReason } from './engine/match-types.js';
import { renderReasons } from './engine/render-reason.js';
import type { ListMatchesQuery } from './dto/list-matches.query.js';
import type { MatchDto } from './dto/match.dto.js';

interface MatchRow {
  score: number;
  needs_interpreter: boolean;
  reasons: MatchReason[];
  external_id: string;
  full_name: string;
  organisation: string;
  organisation_type: string;
  country: string;
  region: string | null;
  massif: string | null;
  themes: string[];
}

@Injectable()
export class MatchesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventsService,
  ) {}

  /** A participant's suggestions from the event's current run; withdrawn partners never show. */
  async list(eventRef: string, externalId: string, query: ListMatchesQuery): Promise<MatchDto[]> {
    const event = await this.events.findByIdOrSlug(eventRef);
    const participant = await findParticipant(
      this.dataSource.manager,
      event.id,
      externalId,
      eventRef,
    );
    if (!event.currentMatchingRunId) {
      throw new ConflictException(
        `Matching has not run for event "${eventRef}" yet: start it with POST /events/${eventRef}/matching/runs`,
      );
    }
    if (!participant.consentMatching) return [];
    const rows: MatchRow[] = await this.dataSource.query(
      `SELECT m.score, m.needs_interpreter, m.reasons, p.external_id, p.full_name, p.organisation,
              p.organisation_type, p.country, p.region, p.massif, p.themes
         FROM match m JOIN participant p ON p.id = m.partner_id
        WHERE m.run_id = $1 AND m.participant_id = $2 AND p.consent_matching AND m.score >= $3
        ORDER BY m.rank
        LIMIT $4`,
      [event.currentMatchingRunId, participant.id, query.minScore ?? 0, query.limit ?? 10],
    );
    const lang = query.lang ?? 'fr';
    return rows.map((row, position) => ({
      partner: {
        externalId: row.external_id,
        fullName: row.full_name,
        organisation: row.organisation,
        organisationType: row.organisation_type,
        country: row.country,
        region: row.region,
        massif: row.massif,
        themes: row.themes,
      },
      score: row.score,
      rank: position + 1,
      needsInterpreter: row.needs_interpreter,
      reasons: renderReasons(row.reasons, lang),
    }));
  }
}

import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isUuid } from '../common/uuid.js';
import { eventNotFound } from '../events/events.service.js';
import { participantNotFound } from '../participants/find-participant.js';
import { roundedScore } from './engine/rounded-score.js';
import { renderReasons } from './engine/render-reason.js';
import type { ListMatchesQuery } from './dto/list-matches.query.js';
import type { MatchDto } from './dto/match.dto.js';
import { HEAD_LENGTH, StoredMatch } from './match-list.entity.js';

interface OwnerRow {
  run_id: string | null;
  participant_id: string | null;
  consent_matching: boolean | null;
}

interface MatchRow {
  entry: StoredMatch;
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
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * A participant's suggestions from the event's current run; withdrawn partners never show.
   * Two queries: this endpoint is read on every page view of a registration front-end.
   */
  async list(eventRef: string, externalId: string, query: ListMatchesQuery): Promise<MatchDto[]> {
    const [owner]: OwnerRow[] = await this.dataSource.query(
      `SELECT e.current_matching_run_id AS run_id, p.id AS participant_id, p.consent_matching
         FROM event e
         LEFT JOIN participant p ON p.event_id = e.id AND p.external_id = $2
        WHERE ${isUuid(eventRef) ? 'e.id = $1::uuid' : 'e.slug = $1'}`,
      [eventRef, externalId],
    );
    if (!owner) throw eventNotFound(eventRef);
    if (!owner.participant_id) throw participantNotFound(externalId, eventRef);
    if (!owner.run_id) {
      throw new ConflictException(
        `Matching has not run for event "${eventRef}" yet: start it with POST /events/${eventRef}/matching/runs`,
      );
    }
    if (!owner.consent_matching) return [];
    const limit = query.limit ?? 10;
    const args = [owner.run_id, owner.participant_id, query.minScore ?? 0, limit];
    // Most reads want the first page: its copy in `head` spares reading the whole list. When
    // partners there withdrew or fall below minScore, the whole list fills the page.
    let rows: MatchRow[] =
      limit <= HEAD_LENGTH ? await this.dataSource.query(pageOf('head'), args) : [];
    if (rows.length < limit) rows = await this.dataSource.query(pageOf('entries'), args);
    const lang = query.lang ?? 'fr';
    return rows.map(({ entry, ...partner }, position) => {
      return {
        partner: {
          externalId: partner.external_id,
          fullName: partner.full_name,
          organisation: partner.organisation,
          organisationType: partner.organisation_type,
          country: partner.country,
          region: partner.region,
          massif: partner.massif,
          themes: partner.themes,
        },
        score: roundedScore(entry.score),
        rank: position + 1,
        needsInterpreter: entry.needsInterpreter,
        reasons: renderReasons(entry.reasons, lang),
      };
    });
  }
}

/**
 * A page of a list (its `head` or all its `entries`) in rank order, joined to the partners
 * who still consent: anyone erased or withdrawn drops out here, and the page is cut in SQL.
 */
function pageOf(column: 'head' | 'entries'): string {
  return `SELECT e.entry, p.external_id, p.full_name, p.organisation, p.organisation_type,
                 p.country, p.region, p.massif, p.themes
            FROM match_list l
            CROSS JOIN LATERAL jsonb_array_elements(l.${column}) WITH ORDINALITY AS e(entry, position)
            JOIN participant p ON p.id = (e.entry->>'partnerId')::uuid AND p.consent_matching
           WHERE l.run_id = $1 AND l.participant_id = $2 AND (e.entry->>'score')::float8 >= $3
           ORDER BY e.position
           LIMIT $4`;
}

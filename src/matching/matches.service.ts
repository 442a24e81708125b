import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isUuid } from '../common/uuid.js';
import { eventNotFound } from '../events/events.service.js';
import { participantNotFound } from '../participants/find-participant.js';
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
   * One query for the usual first page (owner checks and page together): this endpoint is read
   * on every page view of a registration front-end.
   */
  async list(eventRef: string, externalId: string, query: ListMatchesQuery): Promise<MatchDto[]> {
    const limit = query.limit ?? 10;
    const minScore = query.minScore ?? 0;
    // Most reads want the first page: its copy in `head` spares reading the whole list.
    const firstColumn = limit <= HEAD_LENGTH ? 'head' : 'entries';
    const found: (OwnerRow & Partial<MatchRow> & { list_length: number | null })[] =
      await this.dataSource.query(
        `WITH owner AS (
           SELECT e.current_matching_run_id AS run_id, p.id AS participant_id, p.consent_matching,
                  l.length AS list_length
             FROM event e
             LEFT JOIN participant p ON p.event_id = e.id AND p.external_id = $2
             LEFT JOIN match_list l
               ON l.run_id = e.current_matching_run_id AND l.participant_id = p.id
            WHERE ${isUuid(eventRef) ? 'e.id = $1::uuid' : 'e.slug = $1'})
         SELECT o.run_id, o.participant_id, o.consent_matching, o.list_length, page.*
           FROM owner o
           LEFT JOIN LATERAL (${pageOf(firstColumn, 'o.run_id', 'o.participant_id', '$3', '$4')}) page
             ON o.consent_matching`,
        [eventRef, externalId, minScore, limit],
      );
    const [owner] = found;
    if (!owner) throw eventNotFound(eventRef);
    if (!owner.participant_id) throw participantNotFound(externalId, eventRef);
    if (!owner.run_id) {
      throw new ConflictException(
        `Matching has not run for event "${eventRef}" yet: start it with POST /events/${eventRef}/matching/runs`,
      );
    }
    if (!owner.consent_matching) return [];
    let rows = found.filter((row): row is typeof row & MatchRow => row.entry != null);
    // Partners in `head` withdrew or fall below minScore: the whole list fills the page.
    const longerThanHead = (owner.list_length ?? 0) > HEAD_LENGTH;
    if (firstColumn === 'head' && rows.length < limit && longerThanHead) {
      rows = await this.dataSource.query(pageOf('entries', '$1', '$2', '$3', '$4'), [
        owner.run_id,
        owner.participant_id,
        minScore,
        limit,
      ]);
    }
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
        score: entry.score,
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
function pageOf(
  column: 'head' | 'entries',
  runId: string,
  participantId: string,
  minScore: string,
  limit: string,
): string {
  return `SELECT e.entry, p.external_id, p.full_name, p.organisation, p.organisation_type,
                 p.country, p.region, p.massif, p.themes
            FROM match_list l
            CROSS JOIN LATERAL jsonb_array_elements(l.${column}) WITH ORDINALITY AS e(entry, position)
            JOIN participant p ON p.id = (e.entry->>'partnerId')::uuid AND p.consent_matching
           WHERE l.run_id = ${runId} AND l.participant_id = ${participantId}
             AND (e.entry->>'score')::float8 >= ${minScore}
           ORDER BY e.position
           LIMIT ${limit}`;
}

import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { preparedQuery } from '../database/prepared-query.js';
import { eventNotFound } from '../events/events.service.js';
import { participantNotFound } from '../participants/find-participant.js';
import { roundedScore } from './engine/rounded-score.js';
import { renderReasons } from './engine/render-reason.js';
import type { ListMatchesQuery } from './dto/list-matches.query.js';
import type { MatchDto } from './dto/match.dto.js';
import { MatchUpdatesService } from './incremental/match-updates.service.js';
import { HEAD_LENGTH, StoredMatch } from './match-list.entity.js';

/** The owner's row, then the page's: one row per partner shown, or one with no partner. */
interface PageRow {
  event_slug: string;
  run_id: string | null;
  participant_id: string | null;
  consent_matching: boolean | null;
  list_length: number | null;
  entry: StoredMatch | null;
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
    private readonly updates: MatchUpdatesService,
  ) {}

  /** A participant's suggestions from the event's current run; withdrawn partners never show. */
  async list(eventId: string, externalId: string, query: ListMatchesQuery): Promise<MatchDto[]> {
    return (await this.read(eventId, externalId, query)).matches;
  }

  /**
   * The suggestions, and whether the participant's list is still to be computed (they have no
   * list yet and their update is queued or running): a front-end can then tell "not computed
   * yet" from "nobody matches". One prepared statement: this endpoint is read on every page
   * view of a registration front-end; the queue is asked only when there is no list at all.
   */
  async read(
    eventId: string,
    externalId: string,
    query: ListMatchesQuery,
  ): Promise<{ matches: MatchDto[]; pending: boolean }> {
    const limit = query.limit ?? 10;
    const args = [eventId, externalId, query.minScore ?? 0, limit];
    // Most reads want the first page: its copy in `head` spares reading the whole list. When
    // partners there withdrew or fall below minScore, the whole list fills the page.
    const fromHead = limit <= HEAD_LENGTH;
    let rows = await this.page(fromHead ? 'head' : 'entries', args);
    const [owner] = rows;
    if (!owner) throw eventNotFound(eventId);
    if (!owner.participant_id) throw participantNotFound(externalId, owner.event_slug);
    if (!owner.run_id) {
      const slug = owner.event_slug;
      throw new ConflictException(
        `Matching has not run for event "${slug}" yet: start it with POST /events/${slug}/matching/runs`,
      );
    }
    let shown = rows.filter((row) => row.entry !== null);
    if (fromHead && shown.length < limit && (owner.list_length ?? 0) > HEAD_LENGTH) {
      rows = await this.page('entries', args);
      shown = rows.filter((row) => row.entry !== null);
    }
    const pending =
      owner.list_length === null &&
      owner.consent_matching === true &&
      (await this.updates.isPending(owner.participant_id));
    const lang = query.lang ?? 'fr';
    const matches = shown.map(({ entry, ...partner }, position) => ({
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
      score: roundedScore(entry!.score),
      rank: position + 1,
      needsInterpreter: entry!.needsInterpreter,
      reasons: renderReasons(entry!.reasons, lang),
    }));
    return { matches, pending };
  }

  private page(column: 'head' | 'entries', args: unknown[]) {
    return preparedQuery<PageRow>(this.dataSource, `matches-page-${column}`, pageOf(column), args);
  }
}

/**
 * The owner (event's current run, participant, consent) and a page of their list (its `head` or
 * all its `entries`) in rank order, joined to the partners who still consent: anyone erased or
 * withdrawn drops out here, and the page is cut in SQL. No page without consent.
 */
function pageOf(column: 'head' | 'entries'): string {
  return `SELECT o.event_slug, o.run_id, o.participant_id, o.consent_matching, o.list_length, page.*
            FROM (SELECT e.slug AS event_slug, e.current_matching_run_id AS run_id,
                         p.id AS participant_id, p.consent_matching,
                         (SELECT length FROM match_list
                           WHERE run_id = e.current_matching_run_id AND participant_id = p.id) AS list_length
                    FROM event e
                    LEFT JOIN participant p ON p.event_id = e.id AND p.external_id = $2
                   WHERE e.id = $1::uuid) o
            LEFT JOIN LATERAL (
              SELECT e.entry, p.external_id, p.full_name, p.organisation, p.organisation_type,
                     p.country, p.region, p.massif, p.themes
                FROM match_list l
               CROSS JOIN LATERAL jsonb_array_elements(l.${column}) WITH ORDINALITY AS e(entry, position)
                JOIN participant p ON p.id = (e.entry->>'partnerId')::uuid AND p.consent_matching
               WHERE l.run_id = o.run_id AND l.participant_id = o.participant_id AND o.consent_matching
                 AND (e.entry->>'score')::float8 >= $3
               ORDER BY e.position
               LIMIT $4) page ON true`;
}

import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isUuid } from '../common/uuid.js';
import { eventNotFound } from '../events/events.service.js';
import { participantNotFound } from '../participants/find-participant.js';
import { renderReasons } from './engine/render-reason.js';
import type { ListMatchesQuery } from './dto/list-matches.query.js';
import type { MatchDto } from './dto/match.dto.js';
import type { StoredMatch } from './match-list.entity.js';

interface OwnerRow {
  run_id: string | null;
  participant_id: string | null;
  consent_matching: boolean | null;
}

interface PartnerRow {
  id: string;
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
    const [list]: { entries: StoredMatch[] }[] = await this.dataSource.query(
      'SELECT entries FROM match_list WHERE run_id = $1 AND participant_id = $2',
      [owner.run_id, owner.participant_id],
    );
    const minScore = query.minScore ?? 0;
    const wanted = (list?.entries ?? []).filter((entry) => entry.score >= minScore);
    // Partners are read at once: who withdrew consent or was erased drops out here.
    const partners: PartnerRow[] = wanted.length
      ? await this.dataSource.query(
          `SELECT id, external_id, full_name, organisation, organisation_type, country, region,
                  massif, themes
             FROM participant WHERE id = ANY($1::uuid[]) AND consent_matching`,
          [wanted.map((entry) => entry.partnerId)],
        )
      : [];
    const partnerById = new Map(partners.map((partner) => [partner.id, partner]));
    const lang = query.lang ?? 'fr';
    return wanted
      .filter((entry) => partnerById.has(entry.partnerId))
      .slice(0, query.limit ?? 10)
      .map((entry, position) => {
        const partner = partnerById.get(entry.partnerId)!;
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

import type { EntityManager } from 'typeorm';
import type { MatchProfile } from './engine/match-types.js';

/**
 * Every participant of an event who consents to matching, as the engine reads them; only those
 * of `ids` when given.
 */
export async function loadMatchProfiles(
  manager: EntityManager,
  eventId: string,
  ids?: readonly string[],
): Promise<MatchProfile[]> {
  const rows: MatchProfileRow[] = await manager.query(
    `SELECT id, profile_version, country, organisation, organisation_type, sector, region, massif, themes, languages,
            offers, needs, description, consent_matching
       FROM participant
      WHERE event_id = $1 AND consent_matching ${ids ? 'AND id = ANY($2::uuid[])' : ''}
      ORDER BY id`,
    ids ? [eventId, ids] : [eventId],
  );
  return rows.map((row) => ({
    id: row.id,
    version: row.profile_version,
    country: row.country,
    organisation: row.organisation,
    organisationType: row.organisation_type,
    sector: row.sector,
    region: row.region,
    massif: row.massif,
    themes: row.themes,
    languages: row.languages,
    offers: row.offers,
    needs: row.needs,
    description: row.description,
    consentMatching: row.consent_matching,
  }));
}

interface MatchProfileRow {
  id: string;
  profile_version: number;
  country: string;
  organisation: string;
  organisation_type: string;
  sector: string | null;
  region: string | null;
  massif: string | null;
  themes: string[];
  languages: string[];
  offers: string | null;
  needs: string | null;
  description: string | null;
  consent_matching: boolean;
}

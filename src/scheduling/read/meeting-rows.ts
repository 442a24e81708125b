import type { DataSource } from 'typeorm';
import type { MatchReason } from '../../matching/engine/match-types.js';
import type { MeetingPartyDto } from '../dto/schedule.dto.js';

/** A meeting with both parties, as the read endpoints and exports need it. */
export interface MeetingRow {
  round: number;
  table: number;
  startsAt: Date;
  endsAt: Date;
  score: number;
  needsInterpreter: boolean;
  locked: boolean;
  mustMeet: boolean;
  a: MeetingPartyDto & { id: string };
  b: MeetingPartyDto & { id: string };
  reasonsA: MatchReason[];
  reasonsB: MatchReason[];
}

const PARTY = (alias: string) => `json_build_object(
    'id', ${alias}.id, 'externalId', ${alias}.external_id, 'fullName', ${alias}.full_name,
    'organisation', ${alias}.organisation, 'organisationType', ${alias}.organisation_type,
    'country', ${alias}.country, 'region', ${alias}.region, 'massif', ${alias}.massif)`;

/**
 * The schedule's meetings in round and table order, optionally only one participant's. Someone
 * who withdrew consent since is left out: nobody sees them in an agenda or an export.
 */
export async function meetingRows(
  dataSource: DataSource,
  scheduleId: string,
  participantId?: string,
): Promise<MeetingRow[]> {
  const rows: MeetingRow[] = await dataSource.query(
    `SELECT m.round, m.table_number AS "table", m.starts_at AS "startsAt", m.ends_at AS "endsAt",
            m.score, m.needs_interpreter AS "needsInterpreter", m.locked, m.must_meet AS "mustMeet",
            m.reasons_a AS "reasonsA", m.reasons_b AS "reasonsB",
            ${PARTY('pa')} AS a, ${PARTY('pb')} AS b
       FROM meeting m
       JOIN participant pa ON pa.id = m.participant_a AND pa.consent_matching
       JOIN participant pb ON pb.id = m.participant_b AND pb.consent_matching
      WHERE m.schedule_id = $1 ${participantId ? 'AND $2 IN (m.participant_a, m.participant_b)' : ''}
      ORDER BY m.round, m.table_number`,
    participantId ? [scheduleId, participantId] : [scheduleId],
  );
  return rows;
}

export function withoutId<T extends { id: string }>({ id: _id, ...party }: T): Omit<T, 'id'> {
  return party;
}

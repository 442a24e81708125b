import type { EntityManager } from 'typeorm';
import { runUpdate } from '../../database/run-update.js';
import { HEAD_LENGTH, StoredMatch } from '../match-list.entity.js';

export interface Arrival {
  /** Whose list the partner enters. */
  viewerId: string;
  entry: StoredMatch;
}

/**
 * Puts one partner into stored lists that do not hold them, inside the caller's transaction:
 * each list gains the entry at its place (by score, then partner id, as a ranking orders them)
 * and drops its last entry when it had k. It is done in SQL, without reading the lists out: a
 * strong newcomer enters hundreds of them. Lists the entry would end beyond k are left alone.
 * Returns how many lists changed.
 */
export async function insertIntoLists(
  manager: EntityManager,
  runId: string,
  partnerId: string,
  arrivals: readonly Arrival[],
  k: number,
): Promise<number> {
  if (!arrivals.length) return 0;
  const { count } = await runUpdate(
    manager,
    `WITH arrival AS (
       SELECT a.viewer, a.entry, (a.entry->>'score')::float8 AS score
         FROM jsonb_to_recordset($2::jsonb) AS a(viewer uuid, entry jsonb)
     ), placed AS MATERIALIZED (
       SELECT l.participant_id, a.entry,
              (SELECT count(*)::int FROM jsonb_array_elements(l.entries) e
                WHERE (e->>'score')::float8 > a.score
                   OR ((e->>'score')::float8 = a.score AND (e->>'partnerId')::uuid < $3::uuid)) AS at,
              least(l.length + 1, $4) - 1 AS last
         FROM match_list l JOIN arrival a ON a.viewer = l.participant_id
        WHERE l.run_id = $1
     )
     UPDATE match_list l
        SET entries = jsonb_insert(l.entries, ARRAY[p.at::text], p.entry) #- ARRAY[$4::text],
            head = CASE WHEN p.at < $5
                        THEN jsonb_insert(l.head, ARRAY[p.at::text], p.entry) #- ARRAY[least($4, $5)::text]
                        ELSE l.head END,
            partner_ids = l.partner_ids[1:p.at] || $3::uuid || l.partner_ids[p.at + 1:$4 - 1],
            length = p.last + 1,
            lowest_score = CASE WHEN p.at = p.last THEN (p.entry->>'score')::float8
                                ELSE (l.entries->(p.last - 1)->>'score')::float8 END,
            computed_at = now()
       FROM placed p
      WHERE l.run_id = $1 AND l.participant_id = p.participant_id AND p.at < $4`,
    [
      runId,
      JSON.stringify(arrivals.map(({ viewerId, entry }) => ({ viewer: viewerId, entry }))),
      partnerId,
      k,
      HEAD_LENGTH,
    ],
  );
  return count;
}

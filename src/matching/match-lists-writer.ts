import type { EntityManager } from 'typeorm';
import { HEAD_LENGTH, StoredMatch } from './match-list.entity.js';

/** Lists per statement: each list is a few kilobytes of JSON. */
const LISTS_PER_STATEMENT = 1_000;

/**
 * Stores the lists of the given participants within a run, one row each, inside the caller's
 * transaction: readers of that run see each list either before or after, never half-written.
 */
export async function replaceMatchLists(
  manager: EntityManager,
  runId: string,
  lists: ReadonlyMap<string, readonly StoredMatch[]>,
): Promise<number> {
  // An empty list is no row: that also covers someone just erased (no row can point to them).
  const emptied = [...lists.keys()].filter((id) => lists.get(id)!.length === 0);
  if (emptied.length) {
    await manager.query(
      'DELETE FROM match_list WHERE run_id = $1 AND participant_id = ANY($2::uuid[])',
      [runId, emptied],
    );
  }
  const participantIds = [...lists.keys()].filter((id) => lists.get(id)!.length > 0);
  for (let start = 0; start < participantIds.length; start += LISTS_PER_STATEMENT) {
    const slice = participantIds.slice(start, start + LISTS_PER_STATEMENT);
    // One JSON document per statement: cheaper to send and parse than a jsonb[] literal.
    const rows = slice.map((participantId) => {
      const entries = lists.get(participantId)!.map(toStored);
      return {
        participantId,
        partnerIds: entries.map((entry) => entry.partnerId),
        entries,
        head: entries.slice(0, HEAD_LENGTH),
        lowestScore: entries[entries.length - 1].score,
      };
    });
    await manager.query(
      `INSERT INTO match_list (run_id, participant_id, partner_ids, entries, head, length, lowest_score)
       SELECT $1, r."participantId", ARRAY(SELECT jsonb_array_elements_text(r."partnerIds"))::uuid[],
              r.entries, r.head, jsonb_array_length(r.entries), r."lowestScore"
         FROM jsonb_to_recordset($2::jsonb)
           AS r("participantId" uuid, "partnerIds" jsonb, entries jsonb, head jsonb, "lowestScore" float8)
       ON CONFLICT (run_id, participant_id) DO UPDATE
          SET partner_ids = excluded.partner_ids, entries = excluded.entries, head = excluded.head,
              length = excluded.length, lowest_score = excluded.lowest_score, computed_at = now()`,
      [runId, JSON.stringify(rows)],
    );
  }
  return participantIds.length + emptied.length;
}

/** The fields a list stores of a suggestion (its rank is its place in the list). */
export function toStored(match: StoredMatch): StoredMatch {
  return {
    partnerId: match.partnerId,
    score: match.score,
    needsInterpreter: match.needsInterpreter,
    reasons: match.reasons,
  };
}

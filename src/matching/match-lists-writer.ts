import type { EntityManager } from 'typeorm';
import type { Match } from './engine/match-types.js';
import type { StoredMatch } from './match-list.entity.js';

/** Lists per statement: each list is a few kilobytes of JSON. */
const LISTS_PER_STATEMENT = 1_000;

/**
 * Stores the lists of the given participants within a run, one row each, inside the caller's
 * transaction: readers of that run see each list either before or after, never half-written.
 */
export async function replaceMatchLists(
  manager: EntityManager,
  runId: string,
  lists: ReadonlyMap<string, readonly Match[]>,
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
    const entries = slice.map((id) => lists.get(id)!.map(toStored));
    // unnest() sends each column as one array parameter: one round trip per slice.
    await manager.query(
      `INSERT INTO match_list (run_id, participant_id, partner_ids, entries, length, lowest_score)
       SELECT $1, participant_id, ARRAY(SELECT (e->>'partnerId')::uuid FROM jsonb_array_elements(entries) e),
              entries, jsonb_array_length(entries), lowest_score
         FROM unnest($2::uuid[], $3::jsonb[], $4::float8[]) AS t(participant_id, entries, lowest_score)
       ON CONFLICT (run_id, participant_id) DO UPDATE
          SET partner_ids = excluded.partner_ids, entries = excluded.entries,
              length = excluded.length, lowest_score = excluded.lowest_score, computed_at = now()`,
      [
        runId,
        slice,
        entries.map((list) => JSON.stringify(list)),
        entries.map((list) => (list.length ? list[list.length - 1].score : null)),
      ],
    );
  }
  return participantIds.length + emptied.length;
}

function toStored(match: Match): StoredMatch {
  return {
    partnerId: match.partnerId,
    score: match.score,
    needsInterpreter: match.needsInterpreter,
    reasons: match.reasons,
  };
}

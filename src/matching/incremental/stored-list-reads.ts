import type { DataSource } from 'typeorm';
import type { StoredMatch } from '../match-list.entity.js';
import type { ListState } from './affected-lists.js';

/* What an incremental update reads of the run's stored lists. */

/** For each list of the run: whether it is full, and its last score. */
export async function listStates(
  dataSource: DataSource,
  runId: string,
  topK: number,
): Promise<Map<string, ListState>> {
  // One string rather than 20,000 rows: several times cheaper to receive and parse. Scores
  // print exactly (shortest round-trip form), so they compare to the last bit.
  const [{ states }]: { states: string | null }[] = await dataSource.query(
    `SELECT string_agg(participant_id::text || ' ' || length || ' ' || coalesce(lowest_score, 0), ' ') AS states
       FROM match_list WHERE run_id = $1`,
    [runId],
  );
  const words = states ? states.split(' ') : [];
  const byList = new Map<string, ListState>();
  for (let i = 0; i < words.length; i += 3) {
    byList.set(words[i], {
      full: Number(words[i + 1]) >= topK,
      lowestScore: Number(words[i + 2]),
    });
  }
  return byList;
}

/** The lists of the run that hold the participant (through the index on partner_ids). */
export async function holdersOf(
  dataSource: DataSource,
  runId: string,
  participantId: string,
): Promise<string[]> {
  const rows: { participant_id: string }[] = await dataSource.query(
    'SELECT participant_id FROM match_list WHERE run_id = $1 AND partner_ids @> ARRAY[$2]::uuid[]',
    [runId, participantId],
  );
  return rows.map((row) => row.participant_id);
}

export async function storedLists(
  dataSource: DataSource,
  runId: string,
  participantIds: string[],
): Promise<Map<string, StoredMatch[]>> {
  if (!participantIds.length) return new Map();
  const rows: { participant_id: string; entries: StoredMatch[] }[] = await dataSource.query(
    'SELECT participant_id, entries FROM match_list WHERE run_id = $1 AND participant_id = ANY($2::uuid[])',
    [runId, participantIds],
  );
  return new Map(rows.map((row) => [row.participant_id, row.entries]));
}

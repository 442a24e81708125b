import type { EntityManager } from 'typeorm';
import type { Match } from './engine/match-types.js';

/** Rows per INSERT: keeps each statement's parameters well under PostgreSQL's limits. */
const ROWS_PER_STATEMENT = 5_000;

/**
 * Replaces the lists of the given participants within a run, inside the caller's transaction:
 * readers of that run see each list either before or after, never half-written.
 */
export async function replaceMatchLists(
  manager: EntityManager,
  runId: string,
  lists: ReadonlyMap<string, readonly Match[]>,
): Promise<number> {
  const participantIds = [...lists.keys()];
  if (!participantIds.length) return 0;
  await manager.query('DELETE FROM match WHERE run_id = $1 AND participant_id = ANY($2::uuid[])', [
    runId,
    participantIds,
  ]);
  const rows = participantIds.flatMap((participantId) =>
    lists.get(participantId)!.map((match) => ({ participantId, match })),
  );
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const slice = rows.slice(start, start + ROWS_PER_STATEMENT);
    // unnest() sends each column as one array parameter: one round trip per slice.
    await manager.query(
      `INSERT INTO match (run_id, participant_id, rank, partner_id, score, needs_interpreter, reasons)
       SELECT $1, participant_id, rank, partner_id, score, needs_interpreter, reasons
         FROM unnest($2::uuid[], $3::int[], $4::uuid[], $5::float8[], $6::boolean[], $7::jsonb[])
           AS t(participant_id, rank, partner_id, score, needs_interpreter, reasons)`,
      [
        runId,
        slice.map((row) => row.participantId),
        slice.map((row) => row.match.rank),
        slice.map((row) => row.match.partnerId),
        slice.map((row) => row.match.score),
        slice.map((row) => row.match.needsInterpreter),
        slice.map((row) => JSON.stringify(row.match.reasons)),
      ],
    );
  }
  return rows.length;
}

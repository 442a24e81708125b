import type { DataSource, EntityManager } from 'typeorm';
import type { Handover } from './handover.js';

/** Stores what a row shard hands to each column shard, replacing an earlier attempt's. */
export async function storeHandovers(
  manager: EntityManager,
  runId: string,
  rowShard: number,
  handovers: readonly { columnShard: number; handover: Handover }[],
): Promise<void> {
  await manager.query('DELETE FROM matching_run_handover WHERE run_id = $1 AND row_shard = $2', [
    runId,
    rowShard,
  ]);
  for (const { columnShard, handover } of handovers) {
    await manager.query(
      `INSERT INTO matching_run_handover (run_id, row_shard, column_shard, row_ids, column_ids, entries)
       VALUES ($1, $2, $3, $4::uuid[], $5::uuid[], $6)`,
      [runId, rowShard, columnShard, handover.rowIds, handover.columnIds, handover.entries],
    );
  }
}

/** What every row shard handed to column shard `columnShard`. */
export async function loadHandovers(
  dataSource: DataSource,
  runId: string,
  columnShard: number,
): Promise<Handover[]> {
  const rows: { row_ids: string[]; column_ids: string[]; entries: Buffer }[] =
    await dataSource.query(
      `SELECT row_ids::text[], column_ids::text[], entries FROM matching_run_handover
        WHERE run_id = $1 AND column_shard = $2 ORDER BY row_shard`,
      [runId, columnShard],
    );
  return rows.map((row) => ({
    rowIds: row.row_ids,
    columnIds: row.column_ids,
    entries: row.entries,
  }));
}

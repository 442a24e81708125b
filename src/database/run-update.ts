import type { DataSource, EntityManager } from 'typeorm';

/** What an UPDATE did: the rows it returned (with RETURNING) and how many it changed. */
export interface UpdateOutcome<Row> {
  rows: Row[];
  count: number;
}

/**
 * Runs an UPDATE (or DELETE) through TypeORM, which answers those with `[rows, count]` rather
 * than the rows a SELECT or INSERT … RETURNING gives: reading that pair as rows is an easy
 * mistake, so the parts are named here.
 */
export async function runUpdate<Row = never>(
  runner: DataSource | EntityManager,
  sql: string,
  parameters: unknown[],
): Promise<UpdateOutcome<Row>> {
  const [rows, count]: [Row[], number] = await runner.query(sql, parameters);
  return { rows, count };
}

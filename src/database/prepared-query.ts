import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * Runs a named statement on the pool TypeORM connects with: PostgreSQL parses and plans it once
 * per connection, not on every call. For the hottest reads only (a front-end reads matches on
 * every page view); `name` must always come with the same `text`.
 */
export async function preparedQuery<Row>(
  dataSource: DataSource,
  name: string,
  text: string,
  values: unknown[],
): Promise<Row[]> {
  // TypeORM keeps the pg Pool as `master` when there is no replication.
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  const result = await pool.query({ name, text, values });
  return result.rows as Row[];
}

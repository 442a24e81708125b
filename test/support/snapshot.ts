import type { DataSource } from 'typeorm';

/**
 * Every row of every table of ours, as text: compared before and after a refused request to
 * prove nothing was written, and searched after an erasure to prove nothing remains.
 */
export async function databaseSnapshot(dataSource: DataSource): Promise<string> {
  const tables: { table_name: string }[] = await dataSource.query(
    `SELECT table_name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'migrations'
      ORDER BY table_name`,
  );
  const parts: string[] = [];
  for (const { table_name: table } of tables) {
    const rows: { row: string }[] = await dataSource.query(
      `SELECT t::text AS row FROM "${table}" t ORDER BY t::text`,
    );
    parts.push(`# ${table}`, ...rows.map(({ row }) => row));
  }
  return parts.join('\n');
}

import { MigrationInterface, QueryRunner } from 'typeorm';

export class CompressMatchListsWithLz41795370000000 implements MigrationInterface {
  name = 'CompressMatchListsWithLz41795370000000';

  async up(db: QueryRunner): Promise<void> {
    // A list is a few kilobytes of JSON, rewritten whenever a newcomer enters it: lz4 compresses
    // and expands it several times faster than the default pglz. Builds without lz4 keep pglz.
    const [{ lz4 }] = await db.query(
      `SELECT 'lz4' = ANY (enumvals) AS lz4 FROM pg_settings WHERE name = 'default_toast_compression'`,
    );
    if (!lz4) return;
    await db.query(`ALTER TABLE match_list ALTER COLUMN entries SET COMPRESSION lz4`);
    await db.query(`ALTER TABLE match_list ALTER COLUMN head SET COMPRESSION lz4`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE match_list ALTER COLUMN entries SET COMPRESSION default`);
    await db.query(`ALTER TABLE match_list ALTER COLUMN head SET COMPRESSION default`);
  }
}

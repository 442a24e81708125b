import { MigrationInterface, QueryRunner } from 'typeorm';

export class RecordListsWritten1795420000000 implements MigrationInterface {
  name = 'RecordListsWritten1795420000000';

  async up(db: QueryRunner): Promise<void> {
    // A run's lists are deleted once another run replaces it; the history keeps their number.
    await db.query(`ALTER TABLE matching_run ADD COLUMN lists_written int`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE matching_run DROP COLUMN lists_written`);
  }
}

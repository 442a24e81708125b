import { MigrationInterface, QueryRunner } from 'typeorm';

export class StoreLargeCsvUploads1795410000001 implements MigrationInterface {
  name = 'StoreLargeCsvUploads1795410000001';

  async up(db: QueryRunner): Promise<void> {
    // A large CSV file is stored as sent and read by the import job, on whichever machine runs
    // it; rows are counted then, so total_rows is unknown until the job has read the file.
    await db.query(`ALTER TABLE participant_import ADD COLUMN upload bytea`);
    await db.query(`ALTER TABLE participant_import ALTER COLUMN total_rows DROP NOT NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`UPDATE participant_import SET total_rows = 0 WHERE total_rows IS NULL`);
    await db.query(`ALTER TABLE participant_import ALTER COLUMN total_rows SET NOT NULL`);
    await db.query(`ALTER TABLE participant_import DROP COLUMN upload`);
  }
}

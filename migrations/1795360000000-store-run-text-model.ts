import { MigrationInterface, QueryRunner } from 'typeorm';

export class StoreRunTextModel1795360000000 implements MigrationInterface {
  name = 'StoreRunTextModel1795360000000';

  async up(db: QueryRunner): Promise<void> {
    // The TF-IDF model a run was scored with: every worker scores the run's updates with it.
    await db.query(`ALTER TABLE matching_run ADD COLUMN text_model jsonb`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE matching_run DROP COLUMN text_model`);
  }
}

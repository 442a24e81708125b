import { MigrationInterface, QueryRunner } from 'typeorm';

export class RecordDoneShards1795350000000 implements MigrationInterface {
  name = 'RecordDoneShards1795350000000';

  async up(db: QueryRunner): Promise<void> {
    // Which shards are stored, not only how many: a shard redone after a crash counts once.
    await db.query(`ALTER TABLE matching_run ADD COLUMN done_shards int[] NOT NULL DEFAULT '{}'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE matching_run DROP COLUMN done_shards`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

export class ScoreCrossBorderPairsOnce1795380000000 implements MigrationInterface {
  name = 'ScoreCrossBorderPairsOnce1795380000000';

  async up(db: QueryRunner): Promise<void> {
    // A run between two countries scores each pair once: its first shards rank the participants
    // of `row_country` and keep, for every participant of the other country, the best rows they
    // saw; the last shards rank the other country from those. NULL: every shard ranks its own.
    await db.query(`ALTER TABLE matching_run ADD COLUMN row_country text`);
    await db.query(`ALTER TABLE matching_run ADD COLUMN row_shards int`);
    // What one row shard hands to one column shard; dropped when the run finishes.
    await db.query(
      `CREATE TABLE matching_run_handover (
         run_id uuid NOT NULL REFERENCES matching_run (id) ON DELETE CASCADE,
         row_shard int NOT NULL,
         column_shard int NOT NULL,
         row_ids uuid[] NOT NULL,
         column_ids uuid[] NOT NULL,
         entries bytea NOT NULL,
         PRIMARY KEY (run_id, row_shard, column_shard)
       )`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE matching_run_handover`);
    await db.query(`ALTER TABLE matching_run DROP COLUMN row_shards`);
    await db.query(`ALTER TABLE matching_run DROP COLUMN row_country`);
  }
}

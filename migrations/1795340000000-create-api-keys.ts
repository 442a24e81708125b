import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateApiKeys1795340000000 implements MigrationInterface {
  name = 'CreateApiKeys1795340000000';

  async up(db: QueryRunner): Promise<void> {
    // Only a SHA-256 of each key is kept: a database dump gives no working key.
    await db.query(`
      CREATE TABLE api_key (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id    uuid NOT NULL REFERENCES event (id) ON DELETE CASCADE,
        role        text NOT NULL CHECK (role IN ('organiser', 'frontend')),
        key_hash    text NOT NULL,
        key_prefix  text NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        revoked_at  timestamptz
      )`);
    await db.query(`CREATE UNIQUE INDEX api_key_hash_key ON api_key (key_hash)`);
    await db.query(`CREATE INDEX api_key_event_idx ON api_key (event_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE api_key`);
  }
}

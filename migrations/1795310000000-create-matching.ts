import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateMatching1795310000000 implements MigrationInterface {
  name = 'CreateMatching1795310000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE matching_run (
        id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id           uuid NOT NULL REFERENCES event (id) ON DELETE CASCADE,
        status             text NOT NULL
          CHECK (status IN ('queued', 'running', 'completed', 'failed', 'superseded')),
        job_id             text NOT NULL,
        settings           jsonb NOT NULL,
        participant_count  int NOT NULL,
        shard_count        int NOT NULL,
        shards_done        int NOT NULL DEFAULT 0,
        failure_reason     text,
        created_at         timestamptz NOT NULL DEFAULT now(),
        finished_at        timestamptz
      )`);
    await db.query(`CREATE INDEX matching_run_event_idx ON matching_run (event_id)`);
    await db.query(`
      ALTER TABLE event ADD COLUMN current_matching_run_id uuid
        REFERENCES matching_run (id) ON DELETE SET NULL`);
    // One row per list: replacing a list (what every update does) writes one row, not fifty.
    await db.query(`
      CREATE TABLE match_list (
        run_id          uuid NOT NULL REFERENCES matching_run (id) ON DELETE CASCADE,
        participant_id  uuid NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
        partner_ids     uuid[] NOT NULL,
        entries         jsonb NOT NULL,
        -- The first page (10 entries) again: what most reads need, without the whole list.
        head            jsonb NOT NULL,
        length          int NOT NULL,
        lowest_score    double precision,
        computed_at     timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT match_list_pkey PRIMARY KEY (run_id, participant_id)
      )`);
    // Whose lists hold someone: for erasures and updates.
    await db.query(`CREATE INDEX match_list_partner_ids_idx ON match_list USING gin (partner_ids)`);
    await db.query(`CREATE INDEX match_list_participant_idx ON match_list (participant_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE match_list`);
    await db.query(`ALTER TABLE event DROP COLUMN current_matching_run_id`);
    await db.query(`DROP TABLE matching_run`);
  }
}

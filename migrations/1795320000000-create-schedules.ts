import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSchedules1795320000000 implements MigrationInterface {
  name = 'CreateSchedules1795320000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE schedule (
        id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id          uuid NOT NULL REFERENCES event (id) ON DELETE CASCADE,
        status            text NOT NULL
          CHECK (status IN ('queued', 'solving', 'ready', 'failed', 'published')),
        job_id            text NOT NULL,
        matching_run_id   uuid REFERENCES matching_run (id) ON DELETE SET NULL,
        params            jsonb NOT NULL,
        stats             jsonb,
        failure_reason    text,
        created_at        timestamptz NOT NULL DEFAULT now(),
        solved_at         timestamptz,
        published_at      timestamptz
      )`);
    await db.query(`CREATE INDEX schedule_event_idx ON schedule (event_id)`);
    // Erasing a participant erases their meetings (GDPR); the partner keeps a free slot.
    await db.query(`
      CREATE TABLE meeting (
        id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        schedule_id        uuid NOT NULL REFERENCES schedule (id) ON DELETE CASCADE,
        round              int NOT NULL,
        table_number       int NOT NULL,
        participant_a      uuid NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
        participant_b      uuid NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
        score              double precision NOT NULL,
        needs_interpreter  boolean NOT NULL,
        locked             boolean NOT NULL DEFAULT false,
        must_meet          boolean NOT NULL DEFAULT false,
        reasons_a          jsonb NOT NULL DEFAULT '[]',
        reasons_b          jsonb NOT NULL DEFAULT '[]',
        starts_at          timestamptz NOT NULL,
        ends_at            timestamptz NOT NULL,
        CONSTRAINT meeting_schedule_round_table_key UNIQUE (schedule_id, round, table_number)
      )`);
    await db.query(`CREATE INDEX meeting_participant_a_idx ON meeting (participant_a)`);
    await db.query(`CREATE INDEX meeting_participant_b_idx ON meeting (participant_b)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE meeting`);
    await db.query(`DROP TABLE schedule`);
  }
}

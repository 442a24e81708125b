import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateEventsParticipantsImports1795302000000 implements MigrationInterface {
  name = 'CreateEventsParticipantsImports1795302000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE event (
        id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug        text NOT NULL UNIQUE,
        name        text NOT NULL,
        starts_on   date,
        ends_on     date,
        timezone    text NOT NULL DEFAULT 'Europe/Paris',
        settings    jsonb NOT NULL,
        created_at  timestamptz NOT NULL DEFAULT now(),
        updated_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE participant (
        id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id           uuid NOT NULL REFERENCES event (id) ON DELETE CASCADE,
        external_id        text NOT NULL,
        email              text NOT NULL,
        full_name          text NOT NULL,
        organisation       text NOT NULL,
        organisation_type  text NOT NULL,
        sector             text,
        country            char(2) NOT NULL,
        region             text,
        massif             text,
        themes             text[] NOT NULL DEFAULT '{}',
        languages          text[] NOT NULL DEFAULT '{}',
        offers             text,
        needs              text,
        description        text,
        consent_matching   boolean NOT NULL DEFAULT false,
        consent_email      boolean NOT NULL DEFAULT false,
        availability       int[],
        profile_version    int NOT NULL DEFAULT 1,
        created_at         timestamptz NOT NULL DEFAULT now(),
        updated_at         timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT participant_event_external_id_key UNIQUE (event_id, external_id)
      )`);
    await db.query(
      `CREATE UNIQUE INDEX participant_event_email_key ON participant (event_id, lower(email))`,
    );
    await db.query(`CREATE INDEX participant_event_country_idx ON participant (event_id, country)`);
    await db.query(
      `CREATE INDEX participant_event_type_idx ON participant (event_id, organisation_type)`,
    );
    await db.query(`CREATE INDEX participant_themes_idx ON participant USING gin (themes)`);
    await db.query(`
      CREATE TABLE participant_import (
        id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id         uuid NOT NULL REFERENCES event (id) ON DELETE CASCADE,
        format           text NOT NULL CHECK (format IN ('json', 'csv')),
        status           text NOT NULL CHECK (status IN ('queued', 'running', 'completed', 'failed')),
        job_id           text NOT NULL,
        total_rows       int NOT NULL,
        processed_rows   int NOT NULL DEFAULT 0,
        created_count    int NOT NULL DEFAULT 0,
        updated_count    int NOT NULL DEFAULT 0,
        unchanged_count  int NOT NULL DEFAULT 0,
        rejected_count   int NOT NULL DEFAULT 0,
        errors           jsonb NOT NULL DEFAULT '[]',
        ignored_columns  text[] NOT NULL DEFAULT '{}',
        rows             jsonb,
        failure_reason   text,
        created_at       timestamptz NOT NULL DEFAULT now(),
        started_at       timestamptz,
        finished_at      timestamptz
      )`);
    await db.query(`CREATE INDEX participant_import_event_idx ON participant_import (event_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE participant_import`);
    await db.query(`DROP TABLE participant`);
    await db.query(`DROP TABLE event`);
  }
}

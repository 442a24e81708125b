import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateEmailDeliveries1795330000000 implements MigrationInterface {
  name = 'CreateEmailDeliveries1795330000000';

  async up(db: QueryRunner): Promise<void> {
    // One row per e-mail version; erasing a participant erases their deliveries (GDPR).
    await db.query(`
      CREATE TABLE email_delivery (
        id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        event_id             uuid NOT NULL REFERENCES event (id) ON DELETE CASCADE,
        participant_id       uuid NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
        kind                 text NOT NULL CHECK (kind IN ('suggestions', 'agenda')),
        -- Same participant, kind and content: same key, so a re-trigger sends nothing.
        dedupe_key           text NOT NULL UNIQUE,
        status               text NOT NULL DEFAULT 'queued'
          CHECK (status IN ('queued', 'sent', 'failed', 'skipped')),
        skip_reason          text,
        provider_message_id  text,
        error                text,
        attempts             int NOT NULL DEFAULT 0,
        created_at           timestamptz NOT NULL DEFAULT now(),
        updated_at           timestamptz NOT NULL DEFAULT now(),
        sent_at              timestamptz
      )`);
    // The organiser's log, newest first, by cursor.
    await db.query(
      `CREATE INDEX email_delivery_event_created_idx ON email_delivery (event_id, created_at, id)`,
    );
    await db.query(
      `CREATE INDEX email_delivery_participant_idx ON email_delivery (participant_id)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE email_delivery`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

export class RememberSentCalendarEntries1795400000000 implements MigrationInterface {
  name = 'RememberSentCalendarEntries1795400000000';

  async up(db: QueryRunner): Promise<void> {
    // The calendar entries each participant was last sent, so a later agenda can cancel those
    // it no longer holds (a partner erased, a new schedule): the meeting rows are gone by then.
    // No names, only the UID, SEQUENCE and times; erasing the participant erases their rows.
    await db.query(`
      CREATE TABLE agenda_calendar_entry (
        participant_id  uuid NOT NULL REFERENCES participant (id) ON DELETE CASCADE,
        uid             text NOT NULL,
        event_id        uuid NOT NULL REFERENCES event (id) ON DELETE CASCADE,
        sequence        int NOT NULL CHECK (sequence >= 0),
        starts_at       timestamptz NOT NULL,
        ends_at         timestamptz NOT NULL,
        status          text NOT NULL CHECK (status IN ('confirmed', 'cancelled')),
        sent_at         timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (participant_id, uid)
      )`);
    await db.query(
      `CREATE INDEX agenda_calendar_entry_event_idx ON agenda_calendar_entry (event_id)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE agenda_calendar_entry`);
  }
}

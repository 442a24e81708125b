import { MigrationInterface, QueryRunner } from 'typeorm';

export class OnePendingSchedulePerEvent1795410000000 implements MigrationInterface {
  name = 'OnePendingSchedulePerEvent1795410000000';

  async up(db: QueryRunner): Promise<void> {
    // Earlier requests could pile up: keep each event's newest pending schedule, fail the others
    // (their jobs find them failed and stop).
    await db.query(
      `UPDATE schedule s
          SET status = 'failed',
              failure_reason = 'Dropped: an event keeps one pending schedule, the newest one'
        WHERE s.status IN ('queued', 'solving')
          AND EXISTS (
            SELECT 1 FROM schedule newer
             WHERE newer.event_id = s.event_id
               AND newer.status IN ('queued', 'solving')
               AND (newer.created_at, newer.id) > (s.created_at, s.id))`,
    );
    // One pending solve per event, whatever the number of API processes: a second insert fails.
    await db.query(
      `CREATE UNIQUE INDEX schedule_one_pending_per_event
           ON schedule (event_id) WHERE status IN ('queued', 'solving')`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX schedule_one_pending_per_event`);
  }
}

import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ScheduleStats } from '../schedule-stats.js';
import { HeldMeeting, statsAfterErasure } from './stats-after-erasure.js';

/**
 * What an erasure changes in the event's schedules, in the erasure's transaction: their
 * meetings with the person go (the foreign key cascades), and here their stats follow, so a
 * schedule never states meetings that will not be held.
 */
@Injectable()
export class ScheduleErasures {
  /** Call before the participant's row is deleted; their meetings are left out already. */
  async forget(
    manager: EntityManager,
    eventId: string,
    erased: { id: string; externalId: string },
  ): Promise<void> {
    // Locked: two erasures side by side would each write stats missing the other's meetings.
    const schedules: { id: string; stats: ScheduleStats; min_meetings: number }[] =
      await manager.query(
        `SELECT s.id, s.stats, (s.params->>'minMeetings')::int AS min_meetings FROM schedule s
          WHERE s.event_id = $1 AND s.stats IS NOT NULL
            AND (EXISTS (SELECT 1 FROM meeting m WHERE m.schedule_id = s.id
                          AND $2 IN (m.participant_a, m.participant_b))
                 OR s.stats::text LIKE '%' || to_json($3::text)::text || '%')
          ORDER BY s.id
          FOR UPDATE OF s`,
        [eventId, erased.id, erased.externalId],
      );
    for (const schedule of schedules) {
      const meetings: (HeldMeeting & { withErased: boolean })[] = await manager.query(
        `SELECT pa.external_id AS a, pb.external_id AS b, m.score,
                m.needs_interpreter AS "needsInterpreter", m.locked,
                $2 IN (m.participant_a, m.participant_b) AS "withErased"
           FROM meeting m
           JOIN participant pa ON pa.id = m.participant_a
           JOIN participant pb ON pb.id = m.participant_b
          WHERE m.schedule_id = $1`,
        [schedule.id, erased.id],
      );
      const partners = meetings
        .filter((meeting) => meeting.withErased)
        .map((meeting) => (meeting.a === erased.externalId ? meeting.b : meeting.a));
      const stats = statsAfterErasure(
        schedule.stats,
        meetings.filter((meeting) => !meeting.withErased),
        erased.externalId,
        partners,
        schedule.min_meetings ?? 1,
      );
      await manager.query('UPDATE schedule SET stats = $2 WHERE id = $1', [
        schedule.id,
        JSON.stringify(stats),
      ]);
    }
  }
}

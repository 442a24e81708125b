import type { EntityManager } from 'typeorm';
import { roundTimes } from '../round-times.js';
import type { ScheduleStats } from '../schedule-stats.js';
import type { ScheduleEntity } from '../schedule.entity.js';
import type { ScheduledMeeting } from '../solver/schedule-problem.js';

/**
 * Replaces the schedule's meetings and marks it ready, in the caller's transaction. Each meeting
 * carries why the two meet, copied from each side's list of the run the solver used.
 */
export async function writeMeetings(
  manager: EntityManager,
  schedule: ScheduleEntity,
  runId: string,
  meetings: readonly ScheduledMeeting[],
  stats: ScheduleStats,
): Promise<void> {
  await manager.query('DELETE FROM meeting WHERE schedule_id = $1', [schedule.id]);
  const times = roundTimes(schedule.params);
  const columns = {
    round: meetings.map((m) => m.round),
    table: meetings.map((m) => m.table),
    a: meetings.map((m) => m.a),
    b: meetings.map((m) => m.b),
    score: meetings.map((m) => m.score),
    interpreter: meetings.map((m) => m.needsInterpreter),
    locked: meetings.map((m) => m.locked),
    mustMeet: meetings.map((m) => m.mustMeet),
    startsAt: meetings.map((m) => times[m.round - 1].startsAt.toISOString()),
    endsAt: meetings.map((m) => times[m.round - 1].endsAt.toISOString()),
  };
  await manager.query(
    `INSERT INTO meeting (schedule_id, round, table_number, participant_a, participant_b, score,
                          needs_interpreter, locked, must_meet, starts_at, ends_at, reasons_a, reasons_b)
     SELECT $1, m.round, m.table_number, m.a, m.b, m.score, m.interpreter, m.locked, m.must_meet,
            m.starts_at, m.ends_at,
            COALESCE((SELECT e->'reasons' FROM match_list l, jsonb_array_elements(l.entries) e
                       WHERE l.run_id = $2 AND l.participant_id = m.a
                         AND e->>'partnerId' = m.b::text), '[]'),
            COALESCE((SELECT e->'reasons' FROM match_list l, jsonb_array_elements(l.entries) e
                       WHERE l.run_id = $2 AND l.participant_id = m.b
                         AND e->>'partnerId' = m.a::text), '[]')
       FROM unnest($3::int[], $4::int[], $5::uuid[], $6::uuid[], $7::float8[], $8::bool[],
                   $9::bool[], $10::bool[], $11::timestamptz[], $12::timestamptz[])
            AS m(round, table_number, a, b, score, interpreter, locked, must_meet, starts_at, ends_at)`,
    [
      schedule.id,
      runId,
      columns.round,
      columns.table,
      columns.a,
      columns.b,
      columns.score,
      columns.interpreter,
      columns.locked,
      columns.mustMeet,
      columns.startsAt,
      columns.endsAt,
    ],
  );
  await manager.query(
    `UPDATE schedule SET status = 'ready', stats = $2, solved_at = now(), matching_run_id = $3,
                         failure_reason = NULL
      WHERE id = $1`,
    [schedule.id, stats, runId],
  );
}

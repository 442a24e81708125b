import { roundTimes } from '../round-times.js';
import type { ScheduleRoundDto } from '../dto/schedule.dto.js';
import type { ScheduleParams } from '../schedule-params.js';
import { MeetingRow, withoutId } from './meeting-rows.js';

/** Every round of the grid with its meetings; a round without meetings is listed too. */
export function scheduleRounds(params: ScheduleParams, rows: MeetingRow[]): ScheduleRoundDto[] {
  const rounds: ScheduleRoundDto[] = roundTimes(params).map((time) => ({
    round: time.round,
    startsAt: time.startsAt.toISOString(),
    endsAt: time.endsAt.toISOString(),
    meetings: [],
  }));
  for (const row of rows) {
    rounds[row.round - 1]?.meetings.push({
      table: row.table,
      a: withoutId(row.a),
      b: withoutId(row.b),
      score: row.score,
      needsInterpreter: row.needsInterpreter,
      locked: row.locked,
      mustMeet: row.mustMeet,
    });
  }
  return rounds;
}

import { renderReasons, type ReasonLanguage } from '../../matching/engine/render-reason.js';
import type { AgendaDto } from '../dto/agenda.dto.js';
import type { MeetingPartyDto } from '../dto/schedule.dto.js';
import type { ScheduleEntity } from '../schedule.entity.js';
import { isoWithOffset } from './local-time.js';
import { MeetingRow, withoutId } from './meeting-rows.js';

/** One person's meetings, each seen from their side: the partner and why they meet. */
export function agendaOf(
  schedule: ScheduleEntity,
  participant: MeetingPartyDto & { id: string },
  rows: MeetingRow[],
  lang: ReasonLanguage,
): AgendaDto {
  const { timeZone } = schedule.params;
  return {
    scheduleId: schedule.id,
    status: schedule.status,
    timeZone,
    participant: withoutId(participant),
    meetings: rows.map((row) => {
      const isA = row.a.id === participant.id;
      return {
        round: row.round,
        startsAt: new Date(row.startsAt).toISOString(),
        endsAt: new Date(row.endsAt).toISOString(),
        startsAtLocal: isoWithOffset(new Date(row.startsAt), timeZone),
        endsAtLocal: isoWithOffset(new Date(row.endsAt), timeZone),
        table: row.table,
        partner: withoutId(isA ? row.b : row.a),
        score: row.score,
        needsInterpreter: row.needsInterpreter,
        reasons: renderReasons(isA ? row.reasonsA : row.reasonsB, lang),
      };
    }),
  };
}

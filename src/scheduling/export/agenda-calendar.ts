import ical, { ICalCalendarMethod } from 'ical-generator';
import type { AgendaDto } from '../dto/agenda.dto.js';

export interface AgendaCalendarContext {
  eventId: string;
  eventName: string;
  /** When the schedule was solved. */
  stamp: Date;
  /** Grows with each newer schedule of the event, so a re-import replaces older entries. */
  sequence: number;
  lang: 'fr' | 'en';
}

/**
 * The agenda as an iCalendar file a phone imports. Each meeting's UID is the event and the pair,
 * not the schedule: a regenerated schedule moves the entry instead of adding a second one.
 */
export function agendaCalendar(agenda: AgendaDto, context: AgendaCalendarContext): string {
  const fr = context.lang === 'fr';
  const calendar = ical({
    name: `${context.eventName} — ${fr ? 'rendez-vous' : 'meetings'}`,
    prodId: { company: 'montagne-match', product: 'agenda', language: fr ? 'FR' : 'EN' },
    method: ICalCalendarMethod.PUBLISH,
  });
  // Times stay in UTC (every client reads them); this names the venue's zone for display.
  calendar.x('X-WR-TIMEZONE', agenda.timeZone);
  for (const meeting of agenda.meetings) {
    const partner = meeting.partner;
    const lines = [
      `${partner.fullName} — ${partner.organisation} (${partner.country})`,
      ...meeting.reasons.map((reason) => `• ${reason.text}`),
      ...(meeting.needsInterpreter
        ? [fr ? 'Un interprète sera présent.' : 'An interpreter will be there.']
        : []),
    ];
    calendar.createEvent({
      id: `${context.eventId}-${pairKey(agenda.participant.externalId, partner.externalId)}@montagne-match`,
      sequence: context.sequence,
      stamp: context.stamp,
      start: new Date(meeting.startsAt),
      end: new Date(meeting.endsAt),
      summary: fr
        ? `Rendez-vous : ${partner.fullName} (${partner.organisation})`
        : `Meeting: ${partner.fullName} (${partner.organisation})`,
      description: lines.join('\n'),
      location: `Table ${meeting.table} — ${context.eventName}`,
    });
  }
  return calendar.toString();
}

function pairKey(a: string, b: string): string {
  return encodeURIComponent(a < b ? `${a}~${b}` : `${b}~${a}`);
}

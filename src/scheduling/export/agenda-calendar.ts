import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { AgendaDto } from '../dto/agenda.dto.js';
import { CalendarEntry, meetingUid, planCalendar } from './calendar-entries.js';

export interface AgendaCalendarContext {
  eventId: string;
  eventName: string;
  /** When the schedule was solved. */
  stamp: Date;
  /** The schedule's rank among the event's schedules: the least SEQUENCE of its entries. */
  sequence: number;
  lang: 'fr' | 'en';
  /** The entries the person was last sent by e-mail: those now gone are cancelled. */
  sent: readonly CalendarEntry[];
}

export interface AgendaCalendar {
  /** The iCalendar file. */
  ics: string;
  /** Every entry it holds, meetings then cancellations: what to remember once it is sent. */
  entries: CalendarEntry[];
  cancelled: CalendarEntry[];
}

/**
 * The agenda as an iCalendar file a phone imports: its meetings, and the cancellation of each
 * meeting sent before that it no longer holds. A file of cancellations only is METHOD:CANCEL.
 */
export function agendaCalendar(agenda: AgendaDto, context: AgendaCalendarContext): AgendaCalendar {
  const fr = context.lang === 'fr';
  const own = agenda.participant.externalId;
  const planned = planCalendar(
    agenda.meetings.map((meeting) => ({
      uid: meetingUid(context.eventId, own, meeting.partner.externalId),
      startsAt: new Date(meeting.startsAt),
      endsAt: new Date(meeting.endsAt),
    })),
    context.sent,
    context.sequence,
  );
  const onlyCancellations = agenda.meetings.length === 0 && planned.cancelled.length > 0;
  const calendar = ical({
    name: `${context.eventName} — ${fr ? 'rendez-vous' : 'meetings'}`,
    prodId: { company: 'montagne-match', product: 'agenda', language: fr ? 'FR' : 'EN' },
    method: onlyCancellations ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH,
  });
  // Times stay in UTC (every client reads them); this names the venue's zone for display.
  calendar.x('X-WR-TIMEZONE', agenda.timeZone);
  agenda.meetings.forEach((meeting, index) => {
    const partner = meeting.partner;
    const lines = [
      `${partner.fullName} — ${partner.organisation} (${partner.country})`,
      ...meeting.reasons.map((reason) => `• ${reason.text}`),
      ...(meeting.needsInterpreter
        ? [fr ? 'Un interprète sera présent.' : 'An interpreter will be there.']
        : []),
    ];
    const entry = planned.meetings[index];
    calendar.createEvent({
      id: entry.uid,
      sequence: entry.sequence,
      stamp: context.stamp,
      start: entry.startsAt,
      end: entry.endsAt,
      status: ICalEventStatus.CONFIRMED,
      summary: fr
        ? `Rendez-vous : ${partner.fullName} (${partner.organisation})`
        : `Meeting: ${partner.fullName} (${partner.organisation})`,
      description: lines.join('\n'),
      location: `Table ${meeting.table} — ${context.eventName}`,
    });
  });
  for (const entry of planned.cancelled) {
    calendar.createEvent({
      id: entry.uid,
      sequence: entry.sequence,
      stamp: context.stamp,
      start: entry.startsAt,
      end: entry.endsAt,
      status: ICalEventStatus.CANCELLED,
      summary: fr ? 'Rendez-vous annulé' : 'Meeting cancelled',
      description: fr
        ? 'Ce rendez-vous n’a plus lieu : le programme des rendez-vous a changé.'
        : 'This meeting no longer takes place: the meeting plan has changed.',
      location: context.eventName,
    });
  }
  return {
    ics: calendar.toString(),
    entries: [...planned.meetings, ...planned.cancelled],
    cancelled: planned.cancelled,
  };
}

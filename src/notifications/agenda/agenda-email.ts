import type { AgendaDto } from '../../scheduling/dto/agenda.dto.js';
import type { AgendaCalendar } from '../../scheduling/export/agenda-calendar.js';
import type { CalendarEntry } from '../../scheduling/export/calendar-entries.js';
import type { EmailContent } from '../content/email-content.js';
import type { EmailLanguage } from '../content/email-language.js';
import { emailLayout } from '../content/layout-messages.js';
import type { OrganiserContact } from '../content/organiser-contact.js';
import { placeLabel } from '../content/place-labels.js';
import { AGENDA_HTML } from '../templates/agenda.html.js';
import { AGENDA_TEXT } from '../templates/agenda.text.js';
import { htmlTemplate, renderEmail, textTemplate } from '../templates/render-email.js';
import { agendaMessages } from './agenda-messages.js';

export interface AgendaEmailInput {
  lang: EmailLanguage;
  eventName: string;
  recipientName: string;
  agenda: AgendaDto;
  /** The same agenda as an iCalendar file, attached, with its cancellations. */
  calendar: AgendaCalendar;
  update: boolean;
  unsubscribeUrl: string;
  contact: OrganiserContact;
}

interface MeetingCard {
  time: string;
  table: number;
  organisation: string;
  fullName: string;
  place: string;
  interpreter: boolean;
  reasons: string[];
}

type AgendaBody = ReturnType<typeof agendaMessages> & {
  meetings: MeetingCard[];
  /** When each cancelled meeting was to be. */
  cancelled: string[];
};

const body = {
  html: htmlTemplate<AgendaBody>(AGENDA_HTML),
  text: textTemplate<AgendaBody>(AGENDA_TEXT),
};

/**
 * What identifies an agenda e-mail: its language and each meeting's time, table and partner —
 * not the schedule's id, so a regenerated schedule that leaves someone's meetings as they were
 * sends them nothing, and one that moves them sends one update.
 */
export function agendaFingerprint(
  lang: EmailLanguage,
  agenda: AgendaDto,
  cancelled: readonly CalendarEntry[],
) {
  return {
    lang,
    meetings: agenda.meetings.map((m) => [m.startsAt, m.table, m.partner.externalId]),
    // Only when there are some: agendas sent before cancellations existed keep their key.
    ...(cancelled.length && { cancelled: cancelled.map((entry) => entry.uid).sort() }),
  };
}

/**
 * The personal agenda e-mail, both parts, with its .ics attached; with no meetings left, the
 * e-mail that cancels those sent before.
 */
export function composeAgendaEmail(input: AgendaEmailInput): EmailContent {
  const { lang, eventName, agenda } = input;
  const messages = agendaMessages(lang, {
    eventName,
    recipientName: input.recipientName,
    count: agenda.meetings.length,
    update: input.update,
    cancelledCount: input.calendar.cancelled.length,
  });
  const time = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', {
    timeZone: agenda.timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  });
  const meetings = agenda.meetings.map((meeting): MeetingCard => ({
    time: time.format(new Date(meeting.startsAt)),
    table: meeting.table,
    organisation: meeting.partner.organisation,
    fullName: meeting.partner.fullName,
    place: placeLabel(meeting.partner, lang),
    interpreter: meeting.needsInterpreter,
    reasons: meeting.reasons.map((reason) => reason.text),
  }));
  const { html, text } = renderEmail(
    emailLayout(lang, eventName, messages, input.unsubscribeUrl, input.contact),
    body,
    {
      ...messages,
      meetings,
      cancelled: input.calendar.cancelled.map((entry) => time.format(entry.startsAt)),
    },
  );
  const onlyCancellations = agenda.meetings.length === 0;
  return {
    lang,
    subject: messages.subject,
    html,
    text,
    attachments: [
      {
        filename: lang === 'fr' ? 'agenda-rendez-vous.ics' : 'meetings.ics',
        contentType: `text/calendar; charset=utf-8; method=${onlyCancellations ? 'CANCEL' : 'PUBLISH'}`,
        content: input.calendar.ics,
      },
    ],
    fingerprint: agendaFingerprint(lang, agenda, input.calendar.cancelled),
    items: agenda.meetings.map((meeting) => meeting.partner.externalId),
    calendarEntries: input.calendar.entries,
  };
}

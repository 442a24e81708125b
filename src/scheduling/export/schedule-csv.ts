import { spreadsheetCsv } from '../../common/csv/spreadsheet-csv.js';
import type { MeetingRow } from '../read/meeting-rows.js';

const HEADERS = {
  fr: [
    'Date',
    'Tour',
    'Début',
    'Fin',
    'Table',
    "N° d'inscription A",
    'Participant A',
    'Organisation A',
    'Pays A',
    "N° d'inscription B",
    'Participant B',
    'Organisation B',
    'Pays B',
    'Interprète',
    'Score',
  ],
  en: [
    'Date',
    'Round',
    'Start',
    'End',
    'Table',
    'Registration ID A',
    'Participant A',
    'Organisation A',
    'Country A',
    'Registration ID B',
    'Participant B',
    'Organisation B',
    'Country B',
    'Interpreter',
    'Score',
  ],
};

/**
 * One line per meeting for the room team, dates (YYYY-MM-DD: events span several days) and
 * times in the venue's time zone, both parties' registration ids so lines can be matched
 * with the registration tool, scores to three decimals.
 */
export function scheduleCsv(rows: MeetingRow[], timeZone: string, lang: 'fr' | 'en'): string {
  const time = new Intl.DateTimeFormat('fr-FR', { timeZone, hour: '2-digit', minute: '2-digit' });
  const day = calendarDayIn(timeZone);
  const yes = lang === 'fr' ? 'oui' : 'yes';
  const records = rows.map((row) => [
    day(new Date(row.startsAt)),
    row.round,
    time.format(new Date(row.startsAt)),
    time.format(new Date(row.endsAt)),
    row.table,
    row.a.externalId,
    row.a.fullName,
    row.a.organisation,
    row.a.country,
    row.b.externalId,
    row.b.fullName,
    row.b.organisation,
    row.b.country,
    row.needsInterpreter ? yes : '',
    Math.round(row.score * 1000) / 1000,
  ]);
  return spreadsheetCsv([HEADERS[lang], ...records]);
}

function calendarDayIn(timeZone: string): (date: Date) => string {
  const format = new Intl.DateTimeFormat('en', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  return (date) => {
    const parts = format.formatToParts(date);
    const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)!.value;
    return `${part('year')}-${part('month')}-${part('day')}`;
  };
}

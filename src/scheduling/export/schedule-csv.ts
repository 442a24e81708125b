import { stringify } from 'csv-stringify/sync';
import type { MeetingRow } from '../read/meeting-rows.js';
import { spreadsheetCell } from './spreadsheet-cell.js';

const HEADERS = {
  fr: [
    'Tour',
    'Début',
    'Fin',
    'Table',
    'Participant A',
    'Organisation A',
    'Pays A',
    'Participant B',
    'Organisation B',
    'Pays B',
    'Interprète',
    'Score',
  ],
  en: [
    'Round',
    'Start',
    'End',
    'Table',
    'Participant A',
    'Organisation A',
    'Country A',
    'Participant B',
    'Organisation B',
    'Country B',
    'Interpreter',
    'Score',
  ],
};

/**
 * One line per meeting for the room team: UTF-8 with a BOM and ";" so a French spreadsheet
 * opens it with accents and columns right; times in the venue's time zone.
 */
export function scheduleCsv(rows: MeetingRow[], timeZone: string, lang: 'fr' | 'en'): string {
  const time = new Intl.DateTimeFormat('fr-FR', { timeZone, hour: '2-digit', minute: '2-digit' });
  const yes = lang === 'fr' ? 'oui' : 'yes';
  const records = rows.map((row) => [
    String(row.round),
    time.format(new Date(row.startsAt)),
    time.format(new Date(row.endsAt)),
    String(row.table),
    row.a.fullName,
    row.a.organisation,
    row.a.country,
    row.b.fullName,
    row.b.organisation,
    row.b.country,
    row.needsInterpreter ? yes : '',
    row.score.toFixed(3),
  ]);
  return stringify([HEADERS[lang], ...records.map((record) => record.map(spreadsheetCell))], {
    bom: true,
    delimiter: ';',
    record_delimiter: 'windows',
  });
}

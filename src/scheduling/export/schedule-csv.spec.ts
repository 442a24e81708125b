import { parse } from 'csv-parse/sync';
import type { MeetingRow } from '../read/meeting-rows.js';
import { scheduleCsv } from './schedule-csv.js';

const party = (externalId: string, fullName: string, organisation: string, country: string) => ({
  id: `id-${externalId}`,
  externalId,
  fullName,
  organisation,
  organisationType: 'collectivite',
  country,
  region: null,
  massif: null,
});

// 23:55 in Paris on 15 September is 21:55 UTC; the second round starts after midnight there.
const meeting = (round: number, startsAt: string, endsAt: string, score: number): MeetingRow => ({
  round,
  table: 3,
  startsAt: new Date(startsAt),
  endsAt: new Date(endsAt),
  score,
  needsInterpreter: round === 2,
  locked: false,
  mustMeet: false,
  a: party('RFMM-0002', 'Fatima Zahra Aït Benhaddou', 'Commune de Taliouine', 'MA'),
  b: party('RFMM-0101', 'Élodie Garnier', 'Pays des Écrins; Hautes-Alpes', 'FR'),
  reasonsA: [],
  reasonsB: [],
});

const ROWS = [
  meeting(1, '2026-09-15T21:55:00Z', '2026-09-15T22:03:00Z', 0.51249),
  meeting(2, '2026-09-15T22:05:00Z', '2026-09-15T22:13:00Z', 0.4),
];

describe('scheduleCsv', () => {
  it('gives each meeting its date and times in the venue time zone, both registration ids, and comma decimals', () => {
    const records: string[][] = parse(scheduleCsv(ROWS, 'Europe/Paris', 'fr'), {
      bom: true,
      delimiter: ';',
    });
    expect(records).toEqual([
      [
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
      [
        '2026-09-15',
        '1',
        '23:55',
        '00:03',
        '3',
        'RFMM-0002',
        'Fatima Zahra Aït Benhaddou',
        'Commune de Taliouine',
        'MA',
        'RFMM-0101',
        'Élodie Garnier',
        'Pays des Écrins; Hautes-Alpes',
        'FR',
        '',
        '0,512',
      ],
      [
        '2026-09-16',
        '2',
        '00:05',
        '00:13',
        '3',
        'RFMM-0002',
        'Fatima Zahra Aït Benhaddou',
        'Commune de Taliouine',
        'MA',
        'RFMM-0101',
        'Élodie Garnier',
        'Pays des Écrins; Hautes-Alpes',
        'FR',
        'oui',
        '0,4',
      ],
    ]);
  });

  it('reads the same day in another zone where the venue is', () => {
    const [, first] = parse(scheduleCsv(ROWS, 'Africa/Casablanca', 'en'), {
      bom: true,
      delimiter: ';',
    }) as string[][];
    expect(first.slice(0, 4)).toEqual(['2026-09-15', '1', '22:55', '23:03']);
  });

  it('keeps a name planted across lines in its cell, each line defused', () => {
    const planted = {
      ...ROWS[0],
      a: { ...ROWS[0].a, organisation: 'x\n=cmd|calc!A1', fullName: '@SUM(1)' },
    };
    const records: string[][] = parse(scheduleCsv([planted], 'Europe/Paris', 'fr'), {
      bom: true,
      delimiter: ';',
      record_delimiter: ['\r\n', '\n', '\r'], // where a spreadsheet ends a row
    });
    expect(records).toHaveLength(2);
    expect(records[1][6]).toBe("'@SUM(1)");
    expect(records[1][7]).toBe("x\n'=cmd|calc!A1");
  });
});

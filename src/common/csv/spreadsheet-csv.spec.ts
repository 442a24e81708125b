import { parse } from 'csv-parse/sync';
import { spreadsheetCsv } from './spreadsheet-csv.js';

// Spreadsheets end a row at any of CRLF, LF or CR outside quotes; csv-parse by default only at
// the first kind it meets, which would hide an unquoted bare LF.
const readBack = (csv: string): string[][] =>
  parse(csv, { bom: true, delimiter: ';', record_delimiter: ['\r\n', '\n', '\r'] });

describe('spreadsheetCsv', () => {
  it('writes UTF-8 with a BOM, ";" between cells and CRLF after each record', () => {
    expect(
      spreadsheetCsv([
        ['Tour', 'Table'],
        [1, 2],
      ]),
    ).toBe('\uFEFFTour;Table\r\n1;2\r\n');
  });

  it('writes decimals with a comma, as a ";"-separated French spreadsheet expects', () => {
    expect(spreadsheetCsv([[0.512, 1, 0.5]])).toBe('\uFEFF0,512;1;0,5\r\n');
  });

  it.each([
    ['a bare LF', 'x\n=cmd|calc!A1', '"x\n\'=cmd|calc!A1"'],
    ['a bare CR', 'x\r=cmd|calc!A1', '"x\r\'=cmd|calc!A1"'],
    ['CRLF', 'x\r\n@SUM(1)', '"x\r\n\'@SUM(1)"'],
    ['the separator', 'Montagnes; Cie', '"Montagnes; Cie"'],
    ['a quote', 'Gîte "Le Safran"', '"Gîte ""Le Safran"""'],
  ])('quotes a cell holding %s and defuses each line', (_what, value, written) => {
    const csv = spreadsheetCsv([
      ['A', 'B', 'C'],
      ['avant', value, 'après'],
    ]);
    expect(csv).toBe(`\uFEFFA;B;C\r\navant;${written};après\r\n`);
  });

  it('reads back with a real CSV parser: one record per row, no cell or line a formula', () => {
    const hostile = [
      'x\n=cmd|calc!A1',
      'x\r+cmd|" /C calc"!A0',
      '=HYPERLINK("http://evil.example","clic")',
      'a;b\r\n-2+3',
      '"quoted"\n\t@x',
    ];
    const records = readBack(spreadsheetCsv([['N', 'Texte'], ...hostile.map((h, i) => [i, h])]));
    expect(records).toHaveLength(hostile.length + 1);
    for (const [, text] of records.slice(1)) {
      for (const line of text.split(/\r\n|\r|\n/)) expect(line).not.toMatch(/^[=+\-@\t\r]/);
    }
    expect(records.map(([n]) => n)).toEqual(['N', ...hostile.map((_, i) => String(i))]);
  });
});

import { stringify } from 'csv-stringify/sync';
import { spreadsheetCell } from './spreadsheet-cell.js';

/** Text is neutralised against formulas; numbers are written as numbers. */
export type SpreadsheetValue = string | number;

/**
 * The dialect a French spreadsheet opens right: `;` between cells goes with `,` in decimals
 * (with `.` a French locale reads 0.512 as text), UTF-8 with a BOM for accents, CRLF lines.
 */
export const SPREADSHEET_CSV = { delimiter: ';', decimalSeparator: ',' } as const;

/**
 * Every CSV the service writes goes through here. Cells holding the separator, a quote, CR
 * or LF are quoted: csv-stringify quotes only the full record delimiter (CRLF) once one is set,
 * so a bare LF would end the row in a spreadsheet without `quote_record_delimiter`.
 */
export function spreadsheetCsv(records: readonly (readonly SpreadsheetValue[])[]): string {
  return stringify(
    records.map((record) => [...record]),
    {
      bom: true,
      delimiter: SPREADSHEET_CSV.delimiter,
      record_delimiter: 'windows',
      quote_record_delimiter: true,
      cast: {
        string: spreadsheetCell,
        number: (value) => String(value).replace('.', SPREADSHEET_CSV.decimalSeparator),
      },
    },
  );
}

import { CsvError, parse } from 'csv-parse/sync';
import type { Info } from 'csv-parse/sync';
import {
  availabilityCell,
  booleanCell,
  countryCell,
  languagesCell,
  massifCell,
  organisationTypeCell,
  textCell,
  themesCell,
} from './csv-cells.js';
import { CSV_COLUMN_ALIASES, type CsvField, csvFieldForHeader } from './csv-columns.js';
import { CsvFormatError } from './csv-format.error.js';
import type { ImportRow } from './import-row.js';

export interface ParsedParticipantsCsv {
  rows: ImportRow[];
  /** Header cells that name no participant field, as written in the file. */
  ignoredColumns: string[];
}

type ProfileField = Exclude<CsvField, 'externalId' | 'firstName' | 'lastName'>;

const CELL_CONVERTERS: Readonly<Record<ProfileField, (cell: string) => unknown>> = {
  fullName: textCell,
  email: textCell,
  organisation: textCell,
  organisationType: organisationTypeCell,
  sector: textCell,
  country: countryCell,
  region: textCell,
  massif: massifCell,
  themes: themesCell,
  languages: languagesCell,
  offers: textCell,
  needs: textCell,
  description: textCell,
  consentMatching: booleanCell,
  consentEmail: booleanCell,
  availability: availabilityCell,
};

interface CsvRecord {
  record: string[];
  info: Info;
}

/** Reads a registration export (UTF-8, `;` or `,`, French or English headers) into import rows. */
export function parseParticipantsCsv(text: string): ParsedParticipantsCsv {
  // One line ending everywhere, so csv-parse counts lines the way a spreadsheet does.
  const source = text.replace(/\r\n?/g, '\n');
  const [header, ...records] = readRecords(source);
  if (header === undefined) throw new CsvFormatError('CSV file is empty');
  const fields = mapColumns(header.record);
  return {
    rows: records.map((record) => toImportRow(record, fields)),
    ignoredColumns: header.record.filter((name, i) => fields[i] === undefined && name !== ''),
  };
}

function readRecords(source: string): CsvRecord[] {
  try {
    return parse(source, {
      delimiter: detectDelimiter(source),
      bom: true,
      info: true,
      trim: true,
      skip_empty_lines: true,
      // Spreadsheets export trailing « ;;;; » lines: they are not registrations.
      skip_records_with_empty_values: true,
      relax_column_count: false,
    }) as unknown as CsvRecord[];
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = typeof error.lines === 'number' ? ` line ${error.lines}` : '';
    throw new CsvFormatError(`CSV${line}: ${error.message}`);
  }
}

/** The separator used most in the header line (outside quotes); `,` when there is none. */
function detectDelimiter(source: string): string {
  const counts = new Map([
    [',', 0],
    [';', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  let headerStarted = false;
  for (const char of source.replace(/^\uFEFF/, '')) {
    if (char === '\n' && !quoted && headerStarted) break;
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
    if (char.trim() !== '') headerStarted = true;
  }
  return [...counts].reduce((best, candidate) => (candidate[1] > best[1] ? candidate : best))[0];
}

function mapColumns(headers: string[]): (CsvField | undefined)[] {
  const headerByField = new Map<CsvField, string>();
  const fields = headers.map((header) => {
    const field = csvFieldForHeader(header);
    if (field === undefined) return undefined;
    const previous = headerByField.get(field);
    if (previous !== undefined) {
      throw new CsvFormatError(
        `CSV header has two columns for ${field}: "${previous}" and "${header}"; keep only one`,
      );
    }
    headerByField.set(field, header);
    return field;
  });
  if (!headerByField.has('externalId')) {
    const expected = ['externalId', ...CSV_COLUMN_ALIASES.externalId].join(', ');
    throw new CsvFormatError(
      `CSV header has no column for externalId; expected one of: ${expected}`,
    );
  }
  return fields;
}

function toImportRow({ record, info }: CsvRecord, fields: (CsvField | undefined)[]): ImportRow {
  const cells = new Map<CsvField, string>();
  for (const [i, field] of fields.entries()) {
    if (field !== undefined) cells.set(field, record[i]);
  }

  const profile: Record<string, unknown> = {};
  for (const [field, convert] of Object.entries(CELL_CONVERTERS)) {
    const cell = cells.get(field as ProfileField);
    const value = cell === undefined ? undefined : convert(cell);
    if (value !== undefined) profile[field] = value;
  }
  const fullName = profile.fullName ?? joinName(cells.get('firstName'), cells.get('lastName'));
  if (fullName !== undefined) profile.fullName = fullName;

  return {
    rowNumber: startLine(record, info),
    externalId: textCell(cells.get('externalId') ?? '') ?? null,
    fields: profile,
  };
}

/** « Prénom Nom », from whichever of the two parts is filled in. */
function joinName(firstName = '', lastName = ''): string | undefined {
  return textCell(`${firstName.trim()} ${lastName.trim()}`);
}

/** csv-parse reports the line a record ends on; quoted cells may span several lines. */
function startLine(record: string[], info: Info): number {
  const innerLineBreaks = record.reduce((sum, cell) => sum + cell.split('\n').length - 1, 0);
  return info.lines - innerLineBreaks;
}

import { BadRequestException, PayloadTooLargeException } from '@nestjs/common';
import { isUtf8 } from 'node:buffer';
import { CsvFormatError } from './csv-format.error.js';
import { parseParticipantsCsv } from './csv-participants.js';
import { INLINE_CSV_MAX_BYTES, MAX_IMPORT_ROWS } from './import-limits.js';
import type { ImportRow } from './import-row.js';
import { rowsFromJson } from './json-import-rows.js';
import type { ImportFormat } from './participant-import.entity.js';

const NOT_UTF8 = 'The CSV file is not valid UTF-8; export it as "CSV UTF-8" from your spreadsheet';

export interface ParsedUpload {
  format: ImportFormat;
  rows: ImportRow[];
  ignoredColumns: string[];
}

/** A large CSV file, stored as sent for the import job to read. */
export interface DeferredCsvUpload {
  format: 'csv';
  bytes: Buffer;
}

export type AcceptedUpload = ParsedUpload | DeferredCsvUpload;

/**
 * Reads a JSON array or a small CSV file at once; leaves a large CSV file to the import job,
 * after the checks that need no parsing (its encoding: a native byte scan).
 */
export function acceptUpload(upload: { format: ImportFormat; content: unknown }): AcceptedUpload {
  if (upload.format === 'csv' && (upload.content as Buffer).length > INLINE_CSV_MAX_BYTES) {
    const bytes = upload.content as Buffer;
    if (!isUtf8(bytes)) throw new BadRequestException(NOT_UTF8);
    return { format: 'csv', bytes };
  }
  return parseUpload(upload);
}

/** Turns an uploaded JSON array or CSV file into rows; a file we cannot read at all is a 400. */
export function parseUpload(upload: { format: ImportFormat; content: unknown }): ParsedUpload {
  const parsed =
    upload.format === 'json'
      ? { rows: rowsFromJson(upload.content), ignoredColumns: [] }
      : parseCsv(upload.content as Uint8Array);
  if (parsed.rows.length === 0) throw new BadRequestException('The import has no participant rows');
  if (parsed.rows.length > MAX_IMPORT_ROWS) {
    throw new PayloadTooLargeException(
      `The import has ${parsed.rows.length} rows; split it into files of at most ${MAX_IMPORT_ROWS}`,
    );
  }
  return { format: upload.format, ...parsed };
}

function parseCsv(bytes: Uint8Array): { rows: ImportRow[]; ignoredColumns: string[] } {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new BadRequestException(NOT_UTF8);
  }
  try {
    return parseParticipantsCsv(text);
  } catch (error) {
    if (error instanceof CsvFormatError) throw new BadRequestException(error.message);
    throw error;
  }
}

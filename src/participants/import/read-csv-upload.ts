import { HttpException } from '@nestjs/common';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ImportRow } from './import-row.js';
import { parseUpload } from './import-upload.js';

/** A stored CSV file read: its rows, or why it cannot be read at all (a format error). */
export type CsvUploadReading =
  | { kind: 'rows'; rows: ImportRow[]; ignoredColumns: string[] }
  | { kind: 'refused'; message: string };

const THREAD_ENTRY = new URL('./read-csv-upload.thread.js', import.meta.url);

/**
 * Reads a stored CSV upload in a worker thread when the compiled thread entry is there (the
 * built service), so parsing megabytes never freezes the event loop that answers HTTP and
 * renews job locks; in place otherwise (ts-jest runs TypeScript sources, which a thread cannot
 * load). Same checks and messages as a small file read in the request.
 */
export function readCsvUpload(bytes: Uint8Array): Promise<CsvUploadReading> {
  if (!existsSync(fileURLToPath(THREAD_ENTRY))) return Promise.resolve(readCsvInPlace(bytes));
  return new Promise((resolve, reject) => {
    const worker = new Worker(THREAD_ENTRY, { workerData: bytes });
    let settled = false;
    worker.on('message', (reading: CsvUploadReading) => {
      settled = true;
      resolve(reading);
      void worker.terminate();
    });
    worker.on('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`CSV reading thread exited with code ${code}`));
    });
  });
}

export function readCsvInPlace(bytes: Uint8Array): CsvUploadReading {
  try {
    const { rows, ignoredColumns } = parseUpload({ format: 'csv', content: bytes });
    return { kind: 'rows', rows, ignoredColumns };
  } catch (error) {
    if (error instanceof HttpException) return { kind: 'refused', message: error.message };
    throw error;
  }
}

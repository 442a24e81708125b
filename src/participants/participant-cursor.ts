import { EXTERNAL_ID_PATTERN } from './dto/external-id.js';

/** Pages are ordered by externalId (unique per event), so the cursor is the last one seen. */
export function encodeCursor(externalId: string): string {
  return Buffer.from(externalId, 'utf8').toString('base64url');
}

/**
 * The externalId a cursor carries; null for a cursor this API did not write (its text would
 * reach PostgreSQL, which refuses a NUL byte with an error, not an empty page).
 */
export function decodeCursor(cursor: string): string | null {
  const externalId = Buffer.from(cursor, 'base64url').toString('utf8');
  return EXTERNAL_ID_PATTERN.test(externalId) && encodeCursor(externalId) === cursor
    ? externalId
    : null;
}

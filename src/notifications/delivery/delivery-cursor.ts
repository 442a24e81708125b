import { isUuid } from '../../common/uuid.js';
import { isCalendarDate } from '../../events/calendar-date.js';

/**
 * Deliveries are listed newest first by (created_at, id). The cursor carries the last row's
 * timestamp as PostgreSQL wrote it: microseconds included, which a JS Date would drop.
 */
export interface DeliveryCursor {
  createdAt: string;
  id: string;
}

export function encodeDeliveryCursor(cursor: DeliveryCursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt, cursor.id]), 'utf8').toString('base64url');
}

/**
 * Null for a cursor this API did not write. Checked down to the calendar: a cursor reaching
 * PostgreSQL with month 13 or 30 February would fail there, as a 500 instead of a 400.
 */
export function decodeDeliveryCursor(text: string): DeliveryCursor | null {
  try {
    const [createdAt, id, ...rest] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    const valid =
      rest.length === 0 &&
      typeof createdAt === 'string' &&
      isPostgresTimestamp(createdAt) &&
      typeof id === 'string' &&
      isUuid(id);
    return valid ? { createdAt, id } : null;
  } catch {
    return null;
  }
}

const TIMESTAMP =
  /^(\d{4}-\d{2}-\d{2}) (\d{2}):(\d{2}):(\d{2})(?:\.\d{1,6})?[+-](\d{2})(?::(\d{2}))?(?::(\d{2}))?$/;

/** `timestamptz::text` as PostgreSQL writes it, for a moment that exists. */
function isPostgresTimestamp(text: string): boolean {
  const parts = TIMESTAMP.exec(text);
  if (!parts) return false;
  const [, date, hours, minutes, seconds, offsetHours, offsetMinutes, offsetSeconds] = parts;
  return (
    isCalendarDate(date) &&
    date >= '0001-01-01' &&
    Number(hours) < 24 &&
    Number(minutes) < 60 &&
    Number(seconds) < 60 &&
    Number(offsetHours) <= 15 &&
    Number(offsetMinutes ?? 0) < 60 &&
    Number(offsetSeconds ?? 0) < 60
  );
}

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

/** Null for a cursor this API did not write. */
export function decodeDeliveryCursor(text: string): DeliveryCursor | null {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    const valid =
      typeof createdAt === 'string' &&
      /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/.test(createdAt) &&
      typeof id === 'string' &&
      /^[0-9a-f-]{36}$/i.test(id);
    return valid ? { createdAt, id } : null;
  } catch {
    return null;
  }
}

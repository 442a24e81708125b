import { createHash } from 'node:crypto';
import type { NotificationKind } from '../notification-kind.js';

/**
 * The identity of one e-mail version: the same participant, kind and content (its fingerprint,
 * plain JSON) always give the same key, and any change of what the e-mail shows a new one.
 */
export function dedupeKey(
  eventId: string,
  participantId: string,
  kind: NotificationKind,
  fingerprint: unknown,
): string {
  return createHash('sha256')
    .update(JSON.stringify([eventId, participantId, kind, fingerprint]))
    .digest('hex');
}

import { createHmac, timingSafeEqual } from 'node:crypto';

const UUID_BYTES = 16;
const SIGNATURE_BYTES = 32;

export interface UnsubscribeSubject {
  eventId: string;
  participantId: string;
}

export type ReadToken = UnsubscribeSubject | 'malformed' | 'forged';

/**
 * The token of an unsubscribe link: the event and participant ids, then an HMAC-SHA256 of
 * both under a server secret, base64url-encoded. Nobody can make one for someone else, and
 * it needs no storage: the link in an e-mail keeps working as long as the secret does.
 */
export function signUnsubscribeToken(secret: string, subject: UnsubscribeSubject): string {
  const ids = Buffer.concat([uuidBytes(subject.eventId), uuidBytes(subject.participantId)]);
  return Buffer.concat([ids, signature(secret, ids)]).toString('base64url');
}

/** The ids a token names, or why it names none. */
export function readUnsubscribeToken(secret: string, token: string): ReadToken {
  if (!/^[A-Za-z0-9_-]+$/.test(token)) return 'malformed';
  const bytes = Buffer.from(token, 'base64url');
  if (bytes.length !== 2 * UUID_BYTES + SIGNATURE_BYTES) return 'malformed';
  const ids = bytes.subarray(0, 2 * UUID_BYTES);
  if (!timingSafeEqual(bytes.subarray(2 * UUID_BYTES), signature(secret, ids))) return 'forged';
  return {
    eventId: uuidText(ids.subarray(0, UUID_BYTES)),
    participantId: uuidText(ids.subarray(UUID_BYTES)),
  };
}

function signature(secret: string, ids: Buffer): Buffer {
  return createHmac('sha256', secret).update('unsubscribe').update(ids).digest();
}

function uuidBytes(uuid: string): Buffer {
  const hex = uuid.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new Error(`Not a uuid: ${uuid}`);
  return Buffer.from(hex, 'hex');
}

function uuidText(bytes: Buffer): string {
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

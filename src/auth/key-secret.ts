import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { EventKeyRole } from './api-key.entity.js';

const PREFIX_OF_ROLE: Record<EventKeyRole, string> = { organiser: 'mmo', frontend: 'mmf' };
const VISIBLE_CHARACTERS = 10;

export interface NewKeySecret {
  secret: string;
  hash: string;
  prefix: string;
}

/** 256 random bits: a hash lookup is safe, no slow password hashing needed. */
export function newKeySecret(role: EventKeyRole): NewKeySecret {
  const secret = `${PREFIX_OF_ROLE[role]}_${randomBytes(32).toString('base64url')}`;
  return { secret, hash: hashKey(secret), prefix: secret.slice(0, VISIBLE_CHARACTERS) };
}

export function hashKey(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Compares without leaking, through timing, how much of the key was right. */
export function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

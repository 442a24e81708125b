import { isUuid } from '../common/uuid.js';
import { looksLikeUuid, SLUG_LENGTH, SLUG_PATTERN } from './event-slug.js';

/** What a path's event reference names: an event id, or a slug. */
export type EventReference = { id: string } | { slug: string };

/**
 * How a path's event reference is read, the only place it is: a UUID is an id and never a slug;
 * anything else is a slug, or names nothing when no slug could be spelt so (a NUL byte, upper
 * case…), which then needs no query to answer.
 *
 * Slugs shaped like a UUID are refused when set, but an event created before that rule may hold
 * one (e.g. another event's id). Such a slug is never matched: that event is reached by its own
 * id only. Reading a UUID as an id first and nothing else is what keeps one event's slug from
 * ever reaching another event.
 */
export function readEventReference(reference: string): EventReference | null {
  if (isUuid(reference)) return { id: reference.toLowerCase() };
  if (looksLikeUuid(reference)) return null;
  if (reference.length > SLUG_LENGTH.max || !SLUG_PATTERN.test(reference)) return null;
  return { slug: reference };
}

import { foldText } from '../common/fold-text.js';

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_LENGTH = { min: 3, max: 64 } as const;

/** 32 hex digits, hyphens anywhere: what PostgreSQL (and a reader) would take for a uuid. */
const UUID_SHAPED = /^[0-9a-f]{32}$/i;

/** "Rencontres Franco-Marocaines 2026" → "rencontres-franco-marocaines-2026". */
export function slugFromName(name: string): string {
  return foldText(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_LENGTH.max)
    .replace(/-+$/, '');
}

/**
 * Whether a text could be read as an event id. A path names an event by id or slug: a slug
 * shaped like an id would be both at once, and an id is not secret, so such slugs are refused.
 */
export function looksLikeUuid(text: string): boolean {
  return UUID_SHAPED.test(text.replaceAll('-', ''));
}

/**
 * Why a slug is not acceptable, or null when it is. The one slug rule: event creation applies
 * it, and so must anything that sets or changes a slug (see `IsEventSlug` for DTOs).
 */
export function slugProblem(slug: string): string | null {
  if (slug.length < SLUG_LENGTH.min || slug.length > SLUG_LENGTH.max) {
    return `slug must be ${SLUG_LENGTH.min} to ${SLUG_LENGTH.max} characters long`;
  }
  if (!SLUG_PATTERN.test(slug)) {
    return 'slug must be lower-case letters and digits separated by single hyphens';
  }
  if (looksLikeUuid(slug)) {
    return 'slug must not look like an event id (a UUID): paths name events by either';
  }
  return null;
}

import type { FieldError } from './error-body.js';

/**
 * Property names that are never fields. class-transformer drops `__proto__` and `constructor`
 * without a word (against prototype pollution), so strict validation never saw them: they were
 * accepted silently where any other unknown field is refused.
 */
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);
/** Bodies are depth-limited when parsed; this bounds a walk over anything else. */
const MAX_DEPTH = 64;

/** One error per reserved property name, at any depth, named by its path (`settings.__proto__`). */
export function reservedKeyErrors(value: unknown, path = '', depth = 0): FieldError[] {
  if (typeof value !== 'object' || value === null || depth > MAX_DEPTH) return [];
  if (Array.isArray(value)) {
    return value.flatMap((element, index) =>
      reservedKeyErrors(element, `${path}[${index}]`, depth + 1),
    );
  }
  return Object.keys(value).flatMap((key) => {
    const field = path ? `${path}.${key}` : key;
    const own: FieldError[] = RESERVED.has(key)
      ? [{ field, reason: `is not a known field (${key} never is one)` }]
      : [];
    return [
      ...own,
      ...reservedKeyErrors((value as Record<string, unknown>)[key], field, depth + 1),
    ];
  });
}

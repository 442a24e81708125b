const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const EVENT_KEY = /\bmm[of]_[A-Za-z0-9_-]{20,}/g;
const BEARER = /\b(Bearer|X-Api-Key:?)\s+\S+/gi;
const URL_PASSWORD = /(\b[a-z][a-z0-9+.-]*:\/\/[^:/\s@]*:)[^@\s/]+@/gi;

/**
 * Masks what must never reach a log: e-mail addresses, API keys, bearer tokens and passwords
 * in connection URLs. Free text (offers, needs) is never logged in the first place.
 */
export function redactText(text: string): string {
  return text
    .replace(URL_PASSWORD, '$1***@')
    .replace(EMAIL, '<email>')
    .replace(EVENT_KEY, '<api-key>')
    .replace(BEARER, '$1 <secret>');
}

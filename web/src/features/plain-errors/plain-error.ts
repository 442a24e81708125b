import { ApiError } from '../../api/api-error';

/** An i18n key under `plainErrors.` and its values: what went wrong, said for an organiser. */
export interface PlainText {
  key: string;
  values?: Record<string, string | number>;
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** Messages of the service an organiser meets, recognised so they can be said in their words. */
const KNOWN_MESSAGES: { pattern: RegExp; key: string; names?: string[] }[] = [
  {
    pattern: new RegExp(`Schedule "(${UUID})" of event .* is still (queued|solving)`),
    key: 'schedulePending',
    names: ['scheduleId', 'status'],
  },
  { pattern: /busy with other schedule requests/, key: 'scheduleBusy' },
  { pattern: /Matching has not run/, key: 'matchingNotRun' },
  { pattern: /not solved/, key: 'scheduleNotSolved' },
  { pattern: /not published/, key: 'scheduleNotPublished' },
];

/** What the service refused, in the organiser's words; its own message kept as the detail. */
export function plainError(error: unknown): PlainText {
  if (!(error instanceof ApiError)) {
    return { key: 'network', values: { detail: error instanceof Error ? error.message : '' } };
  }
  for (const { pattern, key, names = [] } of KNOWN_MESSAGES) {
    const found = pattern.exec(error.message);
    if (found) {
      const values: Record<string, string> = { detail: error.message };
      names.forEach((name, index) => (values[name] = found[index + 1]));
      return { key, values };
    }
  }
  const byStatus: Record<number, string> = {
    400: 'invalid',
    403: 'forbidden',
    404: 'notFound',
    409: 'conflict',
    413: 'tooLarge',
    429: 'tooMany',
    503: 'unavailable',
  };
  return { key: byStatus[error.status] ?? 'other', values: { detail: error.message } };
}

/** The reasons class-validator gives, said in French (other languages keep the service's words). */
const FIELD_REASONS: { pattern: RegExp; key: string }[] = [
  { pattern: /must not be less than (-?[\d.]+)/, key: 'atLeast' },
  { pattern: /must not be greater than (-?[\d.]+)/, key: 'atMost' },
  { pattern: /must be an integer/, key: 'integer' },
  { pattern: /must be a number/, key: 'number' },
  { pattern: /ISO 8601/, key: 'dateTime' },
  { pattern: /should not be empty|must not be empty/, key: 'required' },
];

/** One field's refusal in the organiser's words: `{ key, values }` under `plainErrors.fields.`. */
export function plainFieldReason(reason: string): PlainText {
  for (const { pattern, key } of FIELD_REASONS) {
    const found = pattern.exec(reason);
    if (found) return { key, values: { limit: found[1] ?? '', detail: reason } };
  }
  return { key: 'other', values: { detail: reason } };
}

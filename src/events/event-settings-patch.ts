import type { EventSettings } from './event-settings.js';

/** What `PATCH /events/:eventId` may say about the settings; `null` clears a contact field. */
export interface EventSettingsPatch {
  weights?: Partial<EventSettings['weights']>;
  crossCountryOnly?: boolean;
  topK?: number;
  organiserName?: string | null;
  organiserEmail?: string | null;
  corsOrigins?: string[];
}

/** The settings after a patch: what it leaves out stays as it was. */
export function patchEventSettings(current: EventSettings, patch: EventSettingsPatch = {}) {
  const next: EventSettings = {
    weights: { ...current.weights, ...definedOnly(patch.weights ?? {}) },
    crossCountryOnly: patch.crossCountryOnly ?? current.crossCountryOnly,
    topK: patch.topK ?? current.topK,
    corsOrigins: patch.corsOrigins ?? current.corsOrigins,
  };
  for (const field of ['organiserName', 'organiserEmail'] as const) {
    const value = patch[field] === undefined ? current[field] : patch[field];
    if (value != null) next[field] = value;
  }
  return next;
}

/** Whether lists computed with `before` are out of date with `after`: a new run is needed. */
export function matchingSettingsDiffer(before: EventSettings, after: EventSettings): boolean {
  return (
    before.topK !== after.topK ||
    before.crossCountryOnly !== after.crossCountryOnly ||
    Object.keys(after.weights).some(
      (part) =>
        before.weights[part as keyof EventSettings['weights']] !==
        after.weights[part as keyof EventSettings['weights']],
    )
  );
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== undefined && value !== null),
  ) as Partial<T>;
}

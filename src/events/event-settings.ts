import { DEFAULT_MATCH_WEIGHTS, MatchWeights } from '../matching/engine/match-weights.js';

/** Per-event knobs of matching; stored whole (defaults filled in) so a run is reproducible. */
export interface EventSettings {
  weights: MatchWeights;
  crossCountryOnly: boolean;
  topK: number;
  /** Who participants write to for a meeting; shown in the e-mails they receive. */
  organiserName?: string;
  organiserEmail?: string;
  /** Web origins whose pages may call the API for this event (registration front-ends). */
  corsOrigins: string[];
}

export const DEFAULT_EVENT_SETTINGS: Readonly<EventSettings> = Object.freeze({
  weights: DEFAULT_MATCH_WEIGHTS,
  crossCountryOnly: true,
  topK: 50,
  corsOrigins: [],
});

export interface EventSettingsInput {
  weights?: Partial<MatchWeights>;
  crossCountryOnly?: boolean;
  topK?: number;
  organiserName?: string;
  organiserEmail?: string;
  corsOrigins?: string[];
}

/** Fills what the organiser left out with the defaults. */
export function resolveEventSettings(input: EventSettingsInput = {}): EventSettings {
  return {
    weights: { ...DEFAULT_EVENT_SETTINGS.weights, ...input.weights },
    crossCountryOnly: input.crossCountryOnly ?? DEFAULT_EVENT_SETTINGS.crossCountryOnly,
    topK: input.topK ?? DEFAULT_EVENT_SETTINGS.topK,
    corsOrigins: input.corsOrigins ?? [],
    ...(input.organiserName !== undefined && { organiserName: input.organiserName }),
    ...(input.organiserEmail !== undefined && { organiserEmail: input.organiserEmail }),
  };
}

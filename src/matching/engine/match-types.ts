import type { MatchWeights } from './match-weights.js';

/** What the engine needs of a participant: plain data, no framework types. */
export interface MatchProfile {
  /** Stable id; ties between equal scores are broken by it, so runs are deterministic. */
  id: string;
  country: string;
  /** The organisation's name: a commune or park names its territory there. */
  organisation: string;
  organisationType: string;
  sector: string | null;
  region: string | null;
  massif: string | null;
  themes: readonly string[];
  languages: readonly string[];
  offers: string | null;
  needs: string | null;
  description: string | null;
  consentMatching: boolean;
}

export interface MatchOptions {
  weights: MatchWeights;
  crossCountryOnly: boolean;
  topK: number;
}

export const REASON_KINDS = [
  'complementarity',
  'themes',
  'text',
  'actors',
  'territory',
  'cooperation',
  'language',
] as const;
export type ReasonKind = (typeof REASON_KINDS)[number];

/** One sentence a person can check, in French and English, with its share of the score. */
export interface MatchReason {
  kind: ReasonKind;
  /** Fraction of the score this reason accounts for, in [0, 1]. */
  share: number;
  text: { fr: string; en: string };
}

export interface Match {
  partnerId: string;
  score: number;
  rank: number;
  needsInterpreter: boolean;
  reasons: MatchReason[];
}

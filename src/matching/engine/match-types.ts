import type { MatchWeights } from './match-weights.js';

/** What the engine needs of a participant: plain data, no framework types. */
export interface MatchProfile {
  /** Stable id; ties between equal scores are broken by it, so runs are deterministic. */
  id: string;
  /** Changes whenever the profile does; lets a worker reuse the analysis of an unchanged one. */
  version?: number;
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

/**
 * Why a partner is suggested, as facts (the concrete things shared) rather than sentences:
 * small to store, and rendered in the reader's language when read (see render-reason.ts).
 */
export type ReasonFacts =
  | {
      kind: 'complementarity';
      /** Whose offer answers whose need, seen from the list's owner. */
      direction: 'partner-answers-viewer' | 'viewer-answers-partner';
      offer: string;
      need: string;
    }
  | { kind: 'themes'; themes: string[] }
  | { kind: 'text'; words: string[] }
  | { kind: 'actors'; types: [string, string] }
  | { kind: 'territory'; massifs: [string, string] }
  | {
      kind: 'cooperation';
      level: 'place' | 'region';
      /** The link's two partners, and the regions they are in today. */
      fr: string;
      ma: string;
      frRegion: string;
      maRegion: string;
    }
  | { kind: 'language' };

/** A reason with its share of the score, in [0, 1]. */
export type MatchReason = ReasonFacts & { share: number };

/** A reason as people read it. */
export interface RenderedReason {
  kind: ReasonKind;
  share: number;
  text: string;
}

export interface Match {
  partnerId: string;
  score: number;
  rank: number;
  needsInterpreter: boolean;
  reasons: MatchReason[];
}

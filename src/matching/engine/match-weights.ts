/** The weight of each explainable part of a match score; an event may override any of them. */
export interface MatchWeights {
  complementarity: number;
  themes: number;
  text: number;
  actors: number;
  territory: number;
}

export const MATCH_WEIGHT_NAMES = [
  'complementarity',
  'themes',
  'text',
  'actors',
  'territory',
] as const satisfies readonly (keyof MatchWeights)[];

/** An offer answering a need is the heart of B2B matchmaking, so it weighs most. */
export const DEFAULT_MATCH_WEIGHTS: Readonly<MatchWeights> = Object.freeze({
  complementarity: 0.35,
  themes: 0.2,
  text: 0.15,
  actors: 0.15,
  territory: 0.15,
});

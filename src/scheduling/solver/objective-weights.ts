/**
 * Integer weights of the objective. Scores are compared at a resolution of 1e-6 per meeting, so
 * "optimal" means optimal at that resolution.
 */
export const SCORE_SCALE = 1_000_000;

/** Keeping a pair of the previous schedule is worth 0.01 of score; keeping its round, 0.01 more. */
export const STABILITY_BONUS = 10_000;
export const SAME_ROUND_BONUS = 10_000;

export function scaledScore(score: number): number {
  return Math.round(score * SCORE_SCALE);
}

/**
 * Bonuses that order the objective: must-meet pairs first, then bringing people up to their
 * minimum (each meeting below it earns `coverage`), then score. Any two flows differ by simple
 * cycles, each changing the coverage by at most 2 and adding at most one edge per person of one
 * side, so with coverage > (people/2 + 1) · largest weight and mustMeet > 2 · coverage + that
 * same amount, no cycle can trade a higher level for lower ones: the flow optimum is the
 * lexicographic optimum.
 */
export interface ObjectiveBonuses {
  coverage: number;
  mustMeet: number;
}

export function objectiveBonuses(largestWeight: number, people: number): ObjectiveBonuses {
  const cycleWeight = (Math.floor(people / 2) + 1) * Math.max(1, largestWeight);
  const coverage = cycleWeight + 1;
  return { coverage, mustMeet: 2 * coverage + cycleWeight + 1 };
}

/**
 * What one edge brings to the ordered objective in a round (-1: round not known yet); without
 * stability, previous meetings earn nothing more.
 */
export function edgeValue(
  edges: {
    weight: Float64Array;
    mustMeet: Uint8Array;
    previousRound: Int32Array;
  },
  e: number,
  bonuses: ObjectiveBonuses,
  round: number,
  stability = true,
): number {
  let value = edges.weight[e];
  if (stability && edges.previousRound[e] >= 0)
    value += STABILITY_BONUS + (edges.previousRound[e] === round ? SAME_ROUND_BONUS : 0);
  if (edges.mustMeet[e]) value += bonuses.mustMeet;
  return value;
}

/** The bonuses of a prepared problem, sized by its largest edge value. */
export function bonusesFor(
  edges: { count: number; weight: Float64Array },
  people: number,
): ObjectiveBonuses {
  let largest = 0;
  for (let e = 0; e < edges.count; e++) largest = Math.max(largest, Math.abs(edges.weight[e]));
  return objectiveBonuses(largest + STABILITY_BONUS + SAME_ROUND_BONUS, people);
}

import { balanceRounds } from './balance-rounds.js';
import { colourBipartiteEdges } from './bipartite-edge-colouring.js';
import { selectDegreeBounded } from './degree-bounded-selection.js';
import { bonusesFor, edgeValue, SCORE_SCALE } from './objective-weights.js';
import type { Placement } from './placement.js';
import type { PreparedProblem } from './prepared-problem.js';
import type { Progress } from './progress.js';

/**
 * Bipartite pairs, nobody missing a round, nothing locked: choosing the meetings is a
 * maximum-weight degree-bounded subgraph (a min-cost flow), and any such subgraph with at most
 * rounds × tables edges and degrees ≤ rounds fits the rounds (König, then evening out the rounds).
 *
 * The flow optimises the ordered objective — as many must-meet pairs as possible, then as many
 * people brought up to their minimum, then score — exactly, so its score is the best any
 * schedule honouring must-meet pairs and minimums as far as they can be honoured can reach: it
 * is the upper bound, and the gap is 0. With a previous schedule, the delivered schedule adds
 * the stability bonus and may lose a little score for it: the gap then shows that price.
 */
export function solveExact(
  prepared: PreparedProblem,
  firstSide: Uint8Array,
  progress: Progress,
): Placement {
  const { edges, rounds, tables } = prepared;
  const people = prepared.ids.length;
  const maxEdges = rounds * tables;
  const bonuses = bonusesFor(edges, people);
  const select = (stability: boolean, onProgress: (fraction: number) => void) => {
    const value = new Float64Array(edges.count);
    for (let e = 0; e < edges.count; e++) value[e] = edgeValue(edges, e, bonuses, -1, stability);
    const { chosen } = selectDegreeBounded({
      firstSide,
      capacity: prepared.maxMeetings,
      bonusUnits: prepared.minMeetings,
      unitBonus: bonuses.coverage,
      edgeFrom: edges.from,
      edgeTo: edges.to,
      edgeWeight: value,
      maxEdges,
      onProgress,
    });
    let weight = 0;
    for (let e = 0; e < edges.count; e++) if (chosen[e]) weight += edges.weight[e];
    return { chosen, weight };
  };
  const best = select(false, progress.span(0.05, 0.45));
  const hasPrevious = edges.previousRound.some((round) => round >= 0);
  const delivered = hasPrevious ? select(true, progress.span(0.45, 0.8)) : best;
  progress.report(0.8);

  // Previous meetings first, so that they find their old round still free.
  const order: number[] = [];
  for (let e = 0; e < edges.count; e++)
    if (delivered.chosen[e] && edges.previousRound[e] >= 0) order.push(e);
  for (let e = 0; e < edges.count; e++)
    if (delivered.chosen[e] && edges.previousRound[e] < 0) order.push(e);
  const roundOf = colourBipartiteEdges({
    people,
    from: edges.from,
    to: edges.to,
    edges: order,
    colours: rounds,
    preferred: edges.previousRound,
  });
  if (!balanceRounds(people, edges.from, edges.to, roundOf, rounds, tables, edges.previousRound))
    throw new Error('exact schedule: the rounds could not be evened out');
  progress.report(0.9);
  return {
    roundOf,
    method: 'exact',
    // Half a unit per possible meeting covers the rounding of scores to 1e-6.
    bound: (best.weight + 0.5 * maxEdges) / SCORE_SCALE,
    provedOptimal: delivered.weight >= best.weight,
  };
}

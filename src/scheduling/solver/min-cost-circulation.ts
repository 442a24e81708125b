import { FlowNetwork, flowOnArc, residualGraph } from './flow-network.js';

export interface CirculationResult {
  cost: number;
  /** Units on an arc, by the number addArc returned. */
  flowOn(arc: number): number;
}

/** How much ε shrinks between refinements (Goldberg's implementations use 8 to 16). */
const SCALE_STEP = 12;
/** Prices stay exact integers in a double below this. */
const SAFE_MAGNITUDE = 2 ** 52;

/**
 * Minimum-cost circulation by cost scaling (Goldberg–Tarjan push–relabel, FIFO order). Costs are
 * multiplied by n + 1 so that the last refinement, at ε = 1, leaves a flow that is ε-optimal
 * for ε < 1/n in the original integer costs — hence optimal. Unlike successive shortest paths,
 * its work does not grow with the number of units, which is what makes the big events fast.
 * Returns null if the prices would leave the range where doubles hold integers exactly
 * (then use successive shortest paths).
 */
export function minCostCirculation(
  network: FlowNetwork,
  onRefine?: (fraction: number) => void,
): CirculationResult | null {
  const residual = residualGraph(network);
  const { nodeCount: n, first, head, capacity, cost, twin } = residual;
  const factor = n + 1;
  let largest = 0;
  for (let k = 0; k < cost.length; k++) {
    cost[k] *= factor;
    largest = Math.max(largest, Math.abs(cost[k]));
  }
  if (largest * 4 >= SAFE_MAGNITUDE) return null;
  const price = new Float64Array(n);
  const excess = new Float64Array(n);
  const current = new Int32Array(n);
  const queue = new Int32Array(n + 1);
  const queued = new Uint8Array(n);
  const refinements = Math.max(1, Math.ceil(Math.log(Math.max(largest, 1)) / Math.log(SCALE_STEP)));
  let epsilon = largest;
  let done = 0;
  while (epsilon > 1) {
    epsilon = Math.max(1, Math.floor(epsilon / SCALE_STEP));
    if (!refine(epsilon)) return null;
    onRefine?.(Math.min(1, ++done / refinements));
  }

  let total = 0;
  for (let a = 0; a < network.tails.length; a++)
    total += flowOnArc(network, residual, a) * network.costs[a];
  return { cost: total, flowOn: (arc) => flowOnArc(network, residual, arc) };

  /** Turns an ε·SCALE_STEP-optimal circulation into an ε-optimal one; false on overflow. */
  function refine(eps: number): boolean {
    // Saturating every arc of negative reduced cost makes the pseudoflow 0-optimal.
    for (let v = 0; v < n; v++) {
      const pv = price[v];
      for (let k = first[v]; k < first[v + 1]; k++) {
        const room = capacity[k];
        if (room > 0 && cost[k] + pv - price[head[k]] < 0) {
          capacity[k] = 0;
          capacity[twin[k]] += room;
          excess[v] -= room;
          excess[head[k]] += room;
        }
      }
    }
    let start = 0;
    let end = 0;
    const enqueue = (v: number) => {
      queued[v] = 1;
      queue[end] = v;
      end = end === n ? 0 : end + 1;
    };
    for (let v = 0; v < n; v++) {
      current[v] = first[v];
      if (excess[v] > 0) enqueue(v);
    }
    while (start !== end) {
      const v = queue[start];
      start = start === n ? 0 : start + 1;
      queued[v] = 0;
      // Discharge v: push along admissible arcs (reduced cost < 0), relabel when there are none.
      while (excess[v] > 0) {
        const last = first[v + 1];
        const pv = price[v];
        let k = current[v];
        while (k < last && (capacity[k] === 0 || cost[k] + pv - price[head[k]] >= 0)) k++;
        if (k === last) {
          let best = -Infinity;
          for (let j = first[v]; j < last; j++) {
            if (capacity[j] > 0 && price[head[j]] - cost[j] > best) best = price[head[j]] - cost[j];
          }
          if (best === -Infinity) throw new Error('circulation: a node with excess has no way out');
          price[v] = best - eps;
          if (Math.abs(price[v]) >= SAFE_MAGNITUDE) return false;
          current[v] = first[v];
          continue;
        }
        current[v] = k;
        const w = head[k];
        const units = Math.min(excess[v], capacity[k]);
        capacity[k] -= units;
        capacity[twin[k]] += units;
        excess[v] -= units;
        excess[w] += units;
        if (excess[w] > 0 && queued[w] === 0) enqueue(w);
      }
    }
    return true;
  }
}

import { FlowNetwork, flowOnArc, ResidualGraph, residualGraph } from './flow-network.js';
import { AdmissiblePaths } from './admissible-paths.js';
import { IndexedHeap } from './indexed-heap.js';

export interface FlowOptions {
  source: number;
  sink: number;
  /** No more units than this. */
  maxFlow: number;
  /**
   * Stop once the cheapest augmenting path costs ≥ 0. Successive shortest paths hold a
   * cheapest flow of each value, and path costs never decrease, so the flow at that point is the
   * cheapest of all values up to maxFlow — a maximum-weight selection when costs are −weights.
   */
  stopWhenNotNegative: boolean;
  /** Called after each augmentation with the flow so far. */
  onAugment?: (flow: number) => void;
}

export interface FlowResult {
  flow: number;
  cost: number;
  /** Units on an arc, by the number addArc returned. */
  flowOn(arc: number): number;
}

/**
 * Shortest distances from the source over arcs with capacity, in one pass: the solver's networks
 * are layered (source, one side, the other side, sink) and number their nodes in that order.
 */
function initialPotentials(residual: ResidualGraph, n: number, source: number): Float64Array {
  const { first, head, capacity, cost } = residual;
  const potential = new Float64Array(n).fill(Infinity);
  potential[source] = 0;
  for (let v = 0; v < n; v++) {
    const here = potential[v];
    if (here === Infinity) continue;
    for (let k = first[v]; k < first[v + 1]; k++) {
      if (capacity[k] > 0 && here + cost[k] < potential[head[k]])
        potential[head[k]] = here + cost[k];
    }
  }
  // Nodes the source cannot reach never become reachable: any finite value will do.
  for (let v = 0; v < n; v++) if (potential[v] === Infinity) potential[v] = 0;
  return potential;
}

/**
 * Minimum-cost flow by successive shortest paths: Dijkstra on reduced costs with Johnson
 * potentials, stopped as soon as the sink is settled (potentials of unsettled nodes move by the
 * sink's distance, which keeps every reduced cost ≥ 0), then as many further augmentations as
 * the zero-reduced-cost arcs allow before the next Dijkstra (they are shortest paths too).
 * Simple and exact at any magnitude, but one Dijkstra per unit: the solver uses it where cost
 * scaling cannot keep its prices exact, and the tests use it to check cost scaling.
 */
export function minCostFlow(network: FlowNetwork, options: FlowOptions): FlowResult {
  const n = network.nodeCount;
  const { source, sink, maxFlow } = options;
  for (let a = 0; a < network.tails.length; a++) {
    if (network.tails[a] >= network.heads[a])
      throw new RangeError('successive shortest paths needs arcs from lower to higher nodes');
  }
  const residual = residualGraph(network);
  const { first, head, capacity, cost, twin } = residual;
  const potential = initialPotentials(residual, n, source);
  const distance = new Float64Array(n).fill(Infinity);
  const settledIn = new Int32Array(n).fill(-1);
  const parentArc = new Int32Array(n).fill(-1);
  const settled = new Int32Array(n);
  const heap = new IndexedHeap(n);
  const admissible = new AdmissiblePaths(residual, n);
  let flow = 0;
  let totalCost = 0;

  for (let phase = 0; flow < maxFlow; phase++) {
    let settledCount = 0;
    distance[source] = 0;
    heap.push(source, 0);
    while (heap.size > 0) {
      const v = heap.pop();
      settledIn[v] = phase;
      settled[settledCount++] = v;
      if (v === sink) break;
      const base = distance[v] + potential[v];
      for (let k = first[v]; k < first[v + 1]; k++) {
        if (capacity[k] === 0) continue;
        const w = head[k];
        if (settledIn[w] === phase) continue;
        const candidate = base + cost[k] - potential[w];
        if (candidate < distance[w]) {
          distance[w] = candidate;
          parentArc[w] = k;
          heap.push(w, candidate);
        }
      }
    }
    heap.clear();
    if (settledIn[sink] !== phase) break;
    const reach = distance[sink];
    for (let v = 0; v < n; v++) {
      potential[v] += settledIn[v] === phase ? distance[v] : reach;
      distance[v] = Infinity;
    }
    const pathCost = potential[sink] - potential[source];
    if (options.stopWhenNotNegative && pathCost >= 0) break;

    // The tree path first (it exists for sure), then any other zero-reduced-cost paths.
    let units = maxFlow - flow;
    for (let v = sink; v !== source; v = head[twin[parentArc[v]]])
      units = Math.min(units, capacity[parentArc[v]]);
    for (let v = sink; v !== source; v = head[twin[parentArc[v]]]) {
      capacity[parentArc[v]] -= units;
      capacity[twin[parentArc[v]]] += units;
    }
    flow += units;
    totalCost += units * pathCost;
    if (flow < maxFlow) {
      const more = admissible.augment(
        potential,
        settled,
        settledCount,
        source,
        sink,
        maxFlow - flow,
      );
      flow += more;
      totalCost += more * pathCost;
    }
    options.onAugment?.(flow);
  }

  return { flow, cost: totalCost, flowOn: (arc) => flowOnArc(network, residual, arc) };
}

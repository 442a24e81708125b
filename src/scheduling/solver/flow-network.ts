/** A directed network with integer capacities and integer costs, built arc by arc. */
export class FlowNetwork {
  readonly tails: number[] = [];
  readonly heads: number[] = [];
  readonly capacities: number[] = [];
  readonly costs: number[] = [];

  constructor(readonly nodeCount: number) {}

  /**
   * Adds an arc and returns its number. Costs must be integers: the solvers compare sums of
   * costs exactly, which doubles do up to 2^53.
   */
  addArc(from: number, to: number, capacity: number, cost: number): number {
    if (from < 0 || to < 0 || from >= this.nodeCount || to >= this.nodeCount || from === to)
      throw new RangeError(`arc ${from} → ${to} is not between two of ${this.nodeCount} nodes`);
    this.tails.push(from);
    this.heads.push(to);
    this.capacities.push(capacity);
    this.costs.push(cost);
    return this.tails.length - 1;
  }
}

/**
 * The residual graph in CSR order: the arcs leaving node v are first[v] .. first[v + 1] - 1,
 * each network arc giving a forward residual arc and its twin (capacity 0, opposite cost).
 */
export interface ResidualGraph {
  nodeCount: number;
  first: Int32Array;
  head: Int32Array;
  capacity: Int32Array;
  cost: Float64Array;
  twin: Int32Array;
  /** The forward residual arc of each network arc. */
  forward: Int32Array;
}

export function residualGraph(network: FlowNetwork): ResidualGraph {
  const n = network.nodeCount;
  const m = network.tails.length;
  const first = new Int32Array(n + 1);
  for (let a = 0; a < m; a++) {
    first[network.tails[a] + 1]++;
    first[network.heads[a] + 1]++;
  }
  for (let v = 0; v < n; v++) first[v + 1] += first[v];
  const fill = first.slice(0, n);
  const head = new Int32Array(2 * m);
  const capacity = new Int32Array(2 * m);
  const cost = new Float64Array(2 * m);
  const twin = new Int32Array(2 * m);
  const forward = new Int32Array(m);
  for (let a = 0; a < m; a++) {
    const tail = network.tails[a];
    const tip = network.heads[a];
    const out = fill[tail]++;
    const back = fill[tip]++;
    head[out] = tip;
    capacity[out] = network.capacities[a];
    cost[out] = network.costs[a];
    twin[out] = back;
    head[back] = tail;
    capacity[back] = 0;
    cost[back] = -network.costs[a];
    twin[back] = out;
    forward[a] = out;
  }
  return { nodeCount: n, first, head, capacity, cost, twin, forward };
}

/** Units on a network arc once a solver has run on its residual graph. */
export function flowOnArc(network: FlowNetwork, residual: ResidualGraph, arc: number): number {
  return network.capacities[arc] - residual.capacity[residual.forward[arc]];
}

import type { ResidualGraph } from './flow-network.js';

/**
 * Augmenting paths made of zero-reduced-cost arcs between nodes Dijkstra just settled: all of
 * them cost exactly what the shortest path cost, so taking them saves Dijkstra runs when scores tie.
 */
export class AdmissiblePaths {
  private readonly member: Int32Array;
  private readonly nextArc: Int32Array;
  private readonly pathArcs: Int32Array;
  /** Nodes on the current path: zero-cost cycles would otherwise loop. */
  private readonly onPath: Uint8Array;
  private stamp = 0;

  constructor(
    private readonly residual: ResidualGraph,
    n: number,
  ) {
    this.member = new Int32Array(n);
    this.nextArc = new Int32Array(n);
    this.pathArcs = new Int32Array(n);
    this.onPath = new Uint8Array(n);
  }

  augment(
    potential: Float64Array,
    settled: Int32Array,
    settledCount: number,
    source: number,
    sink: number,
    limit: number,
  ): number {
    const { first, head, capacity, cost, twin } = this.residual;
    const { member, nextArc, pathArcs, onPath } = this;
    const stamp = ++this.stamp;
    for (let i = 0; i < settledCount; i++) {
      member[settled[i]] = stamp;
      nextArc[settled[i]] = first[settled[i]];
    }
    let pushed = 0;
    // Depth-first with a current-arc pointer per node (Dinic): a dead end is never retried.
    let depth = 0;
    let v = source;
    onPath[source] = 1;
    while (pushed < limit) {
      if (v === sink) {
        let units = limit - pushed;
        for (let i = 0; i < depth; i++) units = Math.min(units, capacity[pathArcs[i]]);
        for (let i = 0; i < depth; i++) {
          capacity[pathArcs[i]] -= units;
          capacity[twin[pathArcs[i]]] += units;
          onPath[head[pathArcs[i]]] = 0;
        }
        pushed += units;
        depth = 0;
        v = source;
        continue;
      }
      let advanced = false;
      for (let k = nextArc[v]; k < first[v + 1]; k++) {
        const w = head[k];
        if (
          capacity[k] > 0 &&
          member[w] === stamp &&
          onPath[w] === 0 &&
          cost[k] + potential[v] - potential[w] === 0
        ) {
          nextArc[v] = k;
          pathArcs[depth++] = k;
          onPath[w] = 1;
          v = w;
          advanced = true;
          break;
        }
      }
      if (advanced) continue;
      // Dead end: forget v for this phase and step back.
      member[v] = 0;
      if (depth === 0) break;
      onPath[v] = 0;
      depth -= 1;
      v = head[twin[pathArcs[depth]]];
      nextArc[v] += 1;
    }
    onPath[source] = 0;
    for (let i = 0; i < depth; i++) onPath[head[pathArcs[i]]] = 0;
    return pushed;
  }
}

import fc from 'fast-check';
import { selectDegreeBounded } from './degree-bounded-selection.js';
import { FlowNetwork } from './flow-network.js';
import { minCostCirculation } from './min-cost-circulation.js';
import { minCostFlow } from './min-cost-flow.js';

interface Graph {
  left: number;
  right: number;
  capacity: number[];
  edges: { u: number; v: number; weight: number }[];
  maxEdges: number;
}

/** Small bipartite graphs: people 0..left-1 on one side, left..left+right-1 on the other. */
const graphs = fc
  .record({ left: fc.integer({ min: 1, max: 4 }), right: fc.integer({ min: 1, max: 4 }) })
  .chain(({ left, right }) =>
    fc.record({
      left: fc.constant(left),
      right: fc.constant(right),
      capacity: fc.array(fc.integer({ min: 0, max: 3 }), {
        minLength: left + right,
        maxLength: left + right,
      }),
      edges: fc.uniqueArray(
        fc.record({
          u: fc.integer({ min: 0, max: left - 1 }),
          v: fc.integer({ min: left, max: left + right - 1 }),
          weight: fc.integer({ min: 0, max: 20 }),
        }),
        { maxLength: 10, selector: (edge) => `${edge.u}-${edge.v}` },
      ),
      maxEdges: fc.integer({ min: 0, max: 8 }),
    }),
  );

/** Every edge subset within the limits: the best total weight. */
function bruteForce(graph: Graph): number {
  let best = 0;
  const degree = new Array<number>(graph.left + graph.right).fill(0);
  const visit = (k: number, count: number, weight: number) => {
    best = Math.max(best, weight);
    if (k === graph.edges.length) return;
    const { u, v, weight: w } = graph.edges[k];
    if (count < graph.maxEdges && degree[u] < graph.capacity[u] && degree[v] < graph.capacity[v]) {
      degree[u]++;
      degree[v]++;
      visit(k + 1, count + 1, weight + w);
      degree[u]--;
      degree[v]--;
    }
    visit(k + 1, count, weight);
  };
  visit(0, 0, 0);
  return best;
}

function selection(graph: Graph, method: 'auto' | 'shortest-paths', bonus?: Int32Array) {
  const people = graph.left + graph.right;
  const firstSide = new Uint8Array(people).fill(1, 0, graph.left);
  return selectDegreeBounded(
    {
      firstSide,
      capacity: Int32Array.from(graph.capacity),
      bonusUnits: bonus,
      unitBonus: bonus ? 1000 : 0,
      edgeFrom: Int32Array.from(graph.edges, (e) => e.u),
      edgeTo: Int32Array.from(graph.edges, (e) => e.v),
      edgeWeight: Float64Array.from(graph.edges, (e) => e.weight),
      maxEdges: graph.maxEdges,
    },
    method,
  );
}

describe('min-cost flow', () => {
  it('finds the cheapest path first and stops when paths stop paying', () => {
    // 0 → 1 → 3 costs -5, 0 → 2 → 3 costs -2, then a third unit would cost +1.
    const network = new FlowNetwork(4);
    const a = network.addArc(0, 1, 1, -5);
    network.addArc(1, 3, 1, 0);
    const b = network.addArc(0, 2, 2, -2);
    network.addArc(2, 3, 2, 3);
    network.addArc(0, 3, 5, 1);
    const result = minCostFlow(network, {
      source: 0,
      sink: 3,
      maxFlow: 10,
      stopWhenNotNegative: true,
    });
    expect(result.flow).toBe(1);
    expect(result.cost).toBe(-5);
    expect(result.flowOn(a)).toBe(1);
    expect(result.flowOn(b)).toBe(0);
  });

  it('reroutes flow through reverse arcs when that is cheaper', () => {
    // Greedy would take 1→3 for the first unit; the optimum for two units is 1→4 and 2→3.
    const network = new FlowNetwork(6);
    network.addArc(0, 1, 1, 0);
    network.addArc(0, 2, 1, 0);
    const a = network.addArc(1, 3, 1, -10);
    const b = network.addArc(1, 4, 1, -9);
    const c = network.addArc(2, 3, 1, -8);
    network.addArc(3, 5, 1, 0);
    network.addArc(4, 5, 1, 0);
    const result = minCostFlow(network, {
      source: 0,
      sink: 5,
      maxFlow: 2,
      stopWhenNotNegative: true,
    });
    expect(result.cost).toBe(-17);
    expect([a, b, c].map(result.flowOn)).toEqual([0, 1, 1]);
  });

  it('refuses arcs that go backwards, which its first potentials cannot handle', () => {
    const network = new FlowNetwork(3);
    network.addArc(2, 1, 1, 0);
    expect(() =>
      minCostFlow(network, { source: 0, sink: 2, maxFlow: 1, stopWhenNotNegative: true }),
    ).toThrow(RangeError);
  });

  it('cost scaling and shortest paths agree with brute force on small bipartite graphs', () => {
    fc.assert(
      fc.property(graphs, (graph) => {
        const best = bruteForce(graph);
        expect(selection(graph, 'auto').weight).toBe(best);
        expect(selection(graph, 'shortest-paths').weight).toBe(best);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every degree and the total within their limits', () => {
    fc.assert(
      fc.property(graphs, (graph) => {
        const { chosen, count } = selection(graph, 'auto');
        const degree = new Array<number>(graph.left + graph.right).fill(0);
        graph.edges.forEach((edge, e) => {
          if (!chosen[e]) return;
          degree[edge.u]++;
          degree[edge.v]++;
        });
        expect(count).toBeLessThanOrEqual(graph.maxEdges);
        degree.forEach((d, i) => expect(d).toBeLessThanOrEqual(graph.capacity[i]));
      }),
      { numRuns: 200 },
    );
  });

  it('with a bonus on first units, covers as many people as possible before weight', () => {
    fc.assert(
      fc.property(graphs, (graph) => {
        const people = graph.left + graph.right;
        const one = new Int32Array(people).fill(1);
        const covered = (chosen: Uint8Array) => {
          const touched = new Set<number>();
          graph.edges.forEach((edge, e) => {
            if (chosen[e]) touched.add(edge.u).add(edge.v);
          });
          return touched.size;
        };
        // Most people with at least one edge, by brute force over subsets.
        let most = 0;
        const n = graph.edges.length;
        for (let mask = 0; mask < 1 << n; mask++) {
          const degree = new Array<number>(people).fill(0);
          let ok = true;
          let count = 0;
          for (let e = 0; e < n; e++) {
            if (!(mask & (1 << e))) continue;
            count++;
            const { u, v } = graph.edges[e];
            if (++degree[u] > graph.capacity[u] || ++degree[v] > graph.capacity[v]) ok = false;
          }
          if (ok && count <= graph.maxEdges)
            most = Math.max(most, degree.filter((d) => d > 0).length);
        }
        expect(covered(selection(graph, 'auto', one).chosen)).toBe(most);
        expect(covered(selection(graph, 'shortest-paths', one).chosen)).toBe(most);
      }),
      { numRuns: 200 },
    );
  });

  it('circulation: a negative cycle through the return arc is used up to its capacity', () => {
    const network = new FlowNetwork(3);
    const a = network.addArc(0, 1, 4, -3);
    network.addArc(1, 2, 2, 1);
    network.addArc(2, 0, 9, 0);
    const result = minCostCirculation(network);
    expect(result?.cost).toBe(-4);
    expect(result?.flowOn(a)).toBe(2);
  });

  it('circulation gives up (null) rather than lose exactness on huge costs', () => {
    const network = new FlowNetwork(2);
    network.addArc(0, 1, 1, -(2 ** 52));
    network.addArc(1, 0, 1, 0);
    expect(minCostCirculation(network)).toBeNull();
  });
});

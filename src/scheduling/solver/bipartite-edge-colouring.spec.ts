import fc from 'fast-check';
import { balanceRounds } from './balance-rounds.js';
import { colourBipartiteEdges } from './bipartite-edge-colouring.js';

/** Simple bipartite graphs: people 0..left-1 and left..left+right-1, no repeated edge. */
const bipartiteGraphs = fc
  .record({ left: fc.integer({ min: 1, max: 7 }), right: fc.integer({ min: 1, max: 7 }) })
  .chain(({ left, right }) =>
    fc.record({
      people: fc.constant(left + right),
      edges: fc.uniqueArray(
        fc.tuple(
          fc.integer({ min: 0, max: left - 1 }),
          fc.integer({ min: left, max: left + right - 1 }),
        ),
        { maxLength: left * right, selector: ([u, v]) => `${u}-${v}` },
      ),
      seed: fc.integer(),
    }),
  );

function maxDegree(people: number, edges: [number, number][]): number {
  const degree = new Array<number>(people).fill(0);
  for (const [u, v] of edges) {
    degree[u]++;
    degree[v]++;
  }
  return Math.max(0, ...degree);
}

function isProper(edges: [number, number][], colour: Int32Array, colours: number): boolean {
  const seen = new Set<string>();
  for (const [e, [u, v]] of edges.entries()) {
    const c = colour[e];
    if (c < 0 || c >= colours) return false;
    for (const person of [u, v]) {
      if (seen.has(`${person}:${c}`)) return false;
      seen.add(`${person}:${c}`);
    }
  }
  return true;
}

const colourAll = (
  people: number,
  edges: [number, number][],
  colours: number,
  preferred?: Int32Array,
) =>
  colourBipartiteEdges({
    people,
    from: Int32Array.from(edges, ([u]) => u),
    to: Int32Array.from(edges, ([, v]) => v),
    edges: edges.map((_, e) => e),
    colours,
    preferred,
  });

describe('bipartite edge colouring', () => {
  it('colours every bipartite graph properly with exactly its maximum degree of colours', () => {
    fc.assert(
      fc.property(bipartiteGraphs, ({ people, edges }) => {
        const degree = maxDegree(people, edges);
        const colour = colourAll(people, edges, degree);
        expect(isProper(edges, colour, degree)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('swaps colours along an alternating path when no colour is free at both ends', () => {
    // 0-2 takes colour 0 and 1-3 colour 1; then 1-2 finds only 0 free at 1 and only 1 free at 2.
    const edges: [number, number][] = [
      [0, 2],
      [1, 3],
      [1, 2],
    ];
    const colour = colourAll(4, edges, 2, Int32Array.from([0, 1, -1]));
    expect(isProper(edges, colour, 2)).toBe(true);
    expect([...colour]).toEqual([1, 1, 0]);
  });

  it('gives an edge its preferred colour when it is free at both ends', () => {
    const edges: [number, number][] = [
      [0, 2],
      [1, 3],
    ];
    expect([...colourAll(4, edges, 3, Int32Array.from([2, 1]))]).toEqual([2, 1]);
  });

  it('refuses a graph whose degree exceeds the colours', () => {
    expect(() =>
      colourAll(
        3,
        [
          [0, 1],
          [0, 2],
        ],
        1,
      ),
    ).toThrow(/degree/);
  });
});

describe('balancing rounds', () => {
  it('brings every colour down to the limit when the edges fit, keeping the colouring proper', () => {
    fc.assert(
      fc.property(bipartiteGraphs, fc.integer({ min: 0, max: 4 }), ({ people, edges }, extra) => {
        const colours = maxDegree(people, edges) + extra;
        if (colours === 0) return;
        const limit = Math.ceil(edges.length / colours);
        // Everything that can go to colour 0 first: as unbalanced a start as possible.
        const colour = colourAll(people, edges, colours, new Int32Array(edges.length).fill(0));
        const ok = balanceRounds(
          people,
          Int32Array.from(edges, ([u]) => u),
          Int32Array.from(edges, ([, v]) => v),
          colour,
          colours,
          limit,
        );
        expect(ok).toBe(true);
        expect(isProper(edges, colour, colours)).toBe(true);
        const load = new Array<number>(colours).fill(0);
        for (const c of colour) load[c]++;
        expect(Math.max(...load)).toBeLessThanOrEqual(limit);
      }),
      { numRuns: 500 },
    );
  });

  it('moves an edge out of a crowded round', () => {
    // Path 0-2 (colour 0), 2-1 (colour 1), 1-3 (colour 0); colour 2 is empty.
    const from = Int32Array.from([0, 1, 1]);
    const to = Int32Array.from([2, 2, 3]);
    const colour = Int32Array.from([0, 1, 0]);
    expect(balanceRounds(4, from, to, colour, 3, 1)).toBe(true);
    expect([...colour].sort()).toEqual([0, 1, 2]);
  });

  it('reports failure when there are more edges than colours × limit', () => {
    const colour = Int32Array.from([0, 1, 0]);
    const from = Int32Array.from([0, 1, 1]);
    expect(balanceRounds(4, from, Int32Array.from([2, 2, 3]), colour, 2, 1)).toBe(false);
  });
});

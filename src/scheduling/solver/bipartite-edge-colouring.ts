/** Edges of a bipartite graph to spread over `colours` rounds; nobody in two edges of one colour. */
export interface EdgeColouringInput {
  people: number;
  from: Int32Array;
  to: Int32Array;
  /** The edges to colour, in the order to colour them. */
  edges: readonly number[];
  colours: number;
  /** A colour to give an edge when it is free at both ends (-1: none), e.g. its previous round. */
  preferred?: Int32Array;
}

/**
 * König's edge colouring: a bipartite graph of maximum degree D ≤ colours gets a proper colouring.
 * An edge takes a colour free at both ends (its preferred one, else the least used); when there
 * is none, with α free at one end and β at the other, swapping α and β along the alternating
 * path from the second end frees α there — in a bipartite graph that path cannot come back.
 * Among the possible (end, α, β), the swap that disturbs the fewest preferred colours wins.
 * Returns each edge's colour (-1 for edges not listed).
 */
export function colourBipartiteEdges(input: EdgeColouringInput): Int32Array {
  const { people, from, to, colours, preferred } = input;
  const colour = new Int32Array(from.length).fill(-1);
  const at = new Int32Array(people * colours).fill(-1);
  const load = new Int32Array(colours);
  const path: number[] = [];

  /** The path start -α- x -β- y -α- … into `path` (in a bipartite graph it cannot loop). */
  const walk = (start: number, alpha: number, beta: number) => {
    path.length = 0;
    let person = start;
    let c = alpha;
    for (;;) {
      const next = at[person * colours + c];
      if (next === -1) break;
      path.push(next);
      person = from[next] === person ? to[next] : from[next];
      c = c === alpha ? beta : alpha;
    }
  };

  const freeAt = (person: number, c: number) => at[person * colours + c] === -1;
  /** The least used colour free at `person` (and at `other` when given). */
  const leastUsedFree = (person: number, other: number): number => {
    let best = -1;
    for (let c = 0; c < colours; c++)
      if (
        freeAt(person, c) &&
        (other < 0 || freeAt(other, c)) &&
        (best < 0 || load[c] < load[best])
      )
        best = c;
    return best;
  };
  const setColour = (e: number, c: number) => {
    colour[e] = c;
    at[from[e] * colours + c] = e;
    at[to[e] * colours + c] = e;
    load[c] += 1;
  };
  const clearColour = (e: number) => {
    const c = colour[e];
    at[from[e] * colours + c] = -1;
    at[to[e] * colours + c] = -1;
    load[c] -= 1;
    colour[e] = -1;
  };

  for (const e of input.edges) {
    const u = from[e];
    const v = to[e];
    const wish = preferred?.[e] ?? -1;
    if (wish >= 0 && wish < colours && freeAt(u, wish) && freeAt(v, wish)) {
      setColour(e, wish);
      continue;
    }
    const common = leastUsedFree(u, v);
    if (common >= 0) {
      setColour(e, common);
      continue;
    }
    // No common free colour: swap two colours along an alternating path from one end, choosing
    // the path that moves the fewest edges away from their preferred colour, then the shortest.
    let bestCost = Infinity;
    let bestPath: number[] = [];
    let bestColours = [-1, -1];
    for (const [start, other] of [
      [v, u],
      [u, v],
    ]) {
      for (let alpha = 0; alpha < colours; alpha++) {
        if (!freeAt(other, alpha) || freeAt(start, alpha)) continue;
        for (let beta = 0; beta < colours; beta++) {
          if (beta === alpha || !freeAt(start, beta)) continue;
          walk(start, alpha, beta);
          let cost = path.length / (people * colours + 1);
          for (const [i, edge] of path.entries()) {
            const swapped = i % 2 === 0 ? beta : alpha;
            if (preferred?.[edge] === colour[edge]) cost += 1;
            else if (preferred?.[edge] === swapped) cost -= 1;
          }
          if (wish === alpha) cost -= 1;
          if (cost < bestCost) {
            bestCost = cost;
            bestPath = [...path];
            bestColours = [alpha, beta];
          }
        }
      }
    }
    const [alpha, beta] = bestColours;
    if (alpha < 0) throw new Error(`edge ${e}: degree above ${colours} colours`);
    for (const edge of bestPath) clearColour(edge);
    for (const [i, edge] of bestPath.entries()) setColour(edge, i % 2 === 0 ? beta : alpha);
    setColour(e, alpha);
  }
  return colour;
}

/**
 * Evens out a proper edge colouring until no colour holds more than `limit` edges. In the union
 * of a full colour and a light one, every component is a path or an even cycle; a path with
 * one more edge of the full colour than of the light one, its colours swapped, moves one edge
 * across and keeps the colouring proper. Such a path exists whenever the two counts differ by
 * two or more, so a bipartite graph with E ≤ colours · limit always fits. The paths that move
 * the fewest edges away from their preferred colour go first. Returns false if some colour is
 * still over the limit (more edges than colours · limit).
 */
export function balanceRounds(
  people: number,
  from: Int32Array,
  to: Int32Array,
  colour: Int32Array,
  colours: number,
  limit: number,
  preferred?: Int32Array,
): boolean {
  const at = new Int32Array(people * colours).fill(-1);
  const load = new Int32Array(colours);
  for (let e = 0; e < colour.length; e++) {
    if (colour[e] < 0) continue;
    at[from[e] * colours + colour[e]] = e;
    at[to[e] * colours + colour[e]] = e;
    load[colour[e]] += 1;
  }
  const seen = new Int32Array(colour.length);
  let pass = 0;
  for (;;) {
    let full = 0;
    let light = 0;
    for (let c = 1; c < colours; c++) {
      if (load[c] > load[full]) full = c;
      if (load[c] < load[light]) light = c;
    }
    if (colours === 0 || load[full] <= limit) return true;
    if (load[full] - load[light] < 2) return false;
    pass += 1;
    const paths: { edges: number[]; cost: number }[] = [];
    for (let e = 0; e < colour.length; e++) {
      if (colour[e] !== full || seen[e] === pass) continue;
      const component = alternatingComponent(e, light);
      for (const edge of component) seen[edge] = pass;
      let balance = 0;
      let cost = 0;
      for (const edge of component) {
        balance += colour[edge] === full ? 1 : -1;
        if (preferred?.[edge] === colour[edge]) cost += 1;
        else if (preferred?.[edge] === (colour[edge] === full ? light : full)) cost -= 1;
      }
      if (balance === 1) paths.push({ edges: component, cost });
    }
    if (paths.length === 0) return false;
    paths.sort(
      (x, y) => x.cost - y.cost || x.edges.length - y.edges.length || x.edges[0] - y.edges[0],
    );
    for (const path of paths) {
      if (load[full] <= limit || load[full] - load[light] < 2) break;
      for (const edge of path.edges) {
        at[from[edge] * colours + colour[edge]] = -1;
        at[to[edge] * colours + colour[edge]] = -1;
      }
      for (const edge of path.edges) {
        const moved = colour[edge] === full ? light : full;
        load[colour[edge]] -= 1;
        load[moved] += 1;
        colour[edge] = moved;
        at[from[edge] * colours + moved] = edge;
        at[to[edge] * colours + moved] = edge;
      }
    }
  }

  /** The path or cycle of colours full/light through edge e (e has colour full). */
  function alternatingComponent(e: number, light: number): number[] {
    const full = colour[e];
    const edges = [e];
    for (const start of [from[e], to[e]]) {
      let person = start;
      let c = light;
      let previous = e;
      for (;;) {
        const next = at[person * colours + c];
        if (next === -1 || next === e) break;
        if (next === previous) break;
        edges.push(next);
        previous = next;
        person = from[next] === person ? to[next] : from[next];
        c = c === light ? full : light;
      }
      if (edges.length > 1 && at[person * colours + c] === e) break; // a cycle: walked all of it
    }
    return edges;
  }
}

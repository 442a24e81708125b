import type { PreparedEdges } from './prepared-problem.js';

/**
 * Two sides such that every edge joins them (1 = first side), or null when an odd cycle makes
 * that impossible. Usually the countries; found by breadth-first search so that any
 * bipartite graph qualifies, whatever the side labels say.
 */
export function bipartiteSides(people: number, edges: PreparedEdges): Uint8Array | null {
  const first = new Int32Array(people + 1);
  for (let e = 0; e < edges.count; e++) {
    first[edges.from[e] + 1]++;
    first[edges.to[e] + 1]++;
  }
  for (let i = 0; i < people; i++) first[i + 1] += first[i];
  const fill = first.slice(0, people);
  const neighbour = new Int32Array(2 * edges.count);
  for (let e = 0; e < edges.count; e++) {
    neighbour[fill[edges.from[e]]++] = edges.to[e];
    neighbour[fill[edges.to[e]]++] = edges.from[e];
  }
  const side = new Int8Array(people).fill(-1);
  const queue = new Int32Array(people);
  for (let start = 0; start < people; start++) {
    if (side[start] !== -1) continue;
    side[start] = 1;
    let head = 0;
    let tail = 0;
    queue[tail++] = start;
    while (head < tail) {
      const i = queue[head++];
      for (let k = first[i]; k < first[i + 1]; k++) {
        const j = neighbour[k];
        if (side[j] === -1) {
          side[j] = 1 - side[i];
          queue[tail++] = j;
        } else if (side[j] === side[i]) return null;
      }
    }
  }
  return Uint8Array.from(side);
}

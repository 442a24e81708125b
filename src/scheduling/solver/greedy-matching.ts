/**
 * A heavy matching of at most `limit` edges for graphs with odd cycles, where the flow does not
 * apply: greedy by value, then single-edge exchanges (an edge in, the up to two edges it
 * touches out, or the lightest edge out when the tables are full) while they gain.
 */
export function greedyMatching(
  people: number,
  from: Int32Array,
  to: Int32Array,
  value: Float64Array,
  candidates: readonly number[],
  limit: number,
): number[] {
  const sorted = [...candidates]
    .filter((e) => value[e] > 0)
    .sort((x, y) => value[y] - value[x] || x - y);
  const mate = new Int32Array(people).fill(-1);
  const inMatching = new Set<number>();
  const take = (e: number) => {
    mate[from[e]] = e;
    mate[to[e]] = e;
    inMatching.add(e);
  };
  const drop = (e: number) => {
    mate[from[e]] = -1;
    mate[to[e]] = -1;
    inMatching.delete(e);
  };
  for (const e of sorted)
    if (inMatching.size < limit && mate[from[e]] < 0 && mate[to[e]] < 0) take(e);

  for (let pass = 0; pass < 4; pass++) {
    let gained = false;
    for (const e of sorted) {
      if (inMatching.has(e)) continue;
      const touching = [mate[from[e]], mate[to[e]]].filter(
        (f, i, all) => f >= 0 && all.indexOf(f) === i,
      );
      let lost = touching.reduce((sum, f) => sum + value[f], 0);
      let lightest = -1;
      if (touching.length === 0 && inMatching.size >= limit) {
        for (const f of inMatching) if (lightest < 0 || value[f] < value[lightest]) lightest = f;
        if (lightest < 0) continue;
        lost += value[lightest];
      }
      if (value[e] <= lost) continue;
      for (const f of touching) drop(f);
      if (lightest >= 0) drop(lightest);
      take(e);
      gained = true;
    }
    if (!gained) break;
  }
  return [...inMatching].sort((x, y) => x - y);
}

/**
 * Table numbers within each round: locked meetings keep theirs, previous meetings get theirs
 * back when still free, the others take the lowest free numbers in edge order. Returns each
 * scheduled edge's table (1-based), -1 for unscheduled edges.
 */
export function assignTables(
  roundOf: Int32Array,
  rounds: number,
  tables: number,
  fixedTable: Int32Array,
  wishedTable: Int32Array,
  wishedRound: Int32Array,
): Int32Array {
  const table = new Int32Array(roundOf.length).fill(-1);
  const taken = new Uint8Array(rounds * (tables + 1));
  const claim = (e: number, t: number) => {
    table[e] = t;
    taken[roundOf[e] * (tables + 1) + t] = 1;
  };
  const free = (e: number, t: number) =>
    t >= 1 && t <= tables && taken[roundOf[e] * (tables + 1) + t] === 0;
  for (let e = 0; e < roundOf.length; e++)
    if (roundOf[e] >= 0 && fixedTable[e] > 0) claim(e, fixedTable[e]);
  for (let e = 0; e < roundOf.length; e++)
    if (roundOf[e] >= 0 && table[e] < 0 && wishedRound[e] === roundOf[e] && free(e, wishedTable[e]))
      claim(e, wishedTable[e]);
  const lowest = new Int32Array(rounds).fill(1);
  for (let e = 0; e < roundOf.length; e++) {
    if (roundOf[e] < 0 || table[e] > 0) continue;
    const r = roundOf[e];
    while (lowest[r] <= tables && taken[r * (tables + 1) + lowest[r]]) lowest[r] += 1;
    if (lowest[r] > tables) throw new Error(`round ${r + 1} holds more than ${tables} meetings`);
    claim(e, lowest[r]);
  }
  return table;
}

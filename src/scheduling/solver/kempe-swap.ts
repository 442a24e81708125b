import type { ScheduleState } from './schedule-state.js';

/**
 * Frees `person` in `round` by exchanging two rounds along the chain of meetings through their
 * meeting there: person –round– x –other– y –round– …, every meeting on it moving to the other
 * round. The chain is a path (the person is free in the other round), so the schedule stays
 * proper; it must not touch `spare` (the person's future partner), move locked meetings, break
 * availability or overfill either round. Returns whether the person is now free in `round`.
 */
export function freeBySwap(
  state: ScheduleState,
  person: number,
  round: number,
  spare: number,
): boolean {
  const { edges, rounds, tables, available } = state.prepared;
  if (state.isFree(person, round)) return true;
  const chain: number[] = [];
  for (let other = 0; other < rounds; other++) {
    if (other === round || !state.isFree(person, other)) continue;
    chain.length = 0;
    let at = person;
    let colour = round;
    let valid = true;
    let balance = 0;
    for (;;) {
      const meeting = state.slot[at * rounds + colour];
      if (meeting < 0) break;
      const next = edges.from[meeting] === at ? edges.to[meeting] : edges.from[meeting];
      const target = colour === round ? other : round;
      if (
        edges.locked[meeting] ||
        next === spare ||
        !available[edges.from[meeting] * rounds + target] ||
        !available[edges.to[meeting] * rounds + target]
      ) {
        valid = false;
        break;
      }
      chain.push(meeting);
      balance += colour === round ? 1 : -1;
      at = next;
      colour = target;
    }
    // balance meetings leave `round` for `other`.
    if (!valid || state.load[other] + balance > tables) continue;
    const from = chain.map((meeting) => state.roundOf[meeting]);
    for (const meeting of chain) state.remove(meeting);
    chain.forEach((meeting, i) => state.place(meeting, from[i] === round ? other : round));
    return true;
  }
  return false;
}

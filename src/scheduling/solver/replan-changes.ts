import type { ReplanChanges, SeatedMeeting } from './replan-problem.js';
import type { ScheduledMeeting } from './schedule-problem.js';

const pairKey = (m: { a: string; b: string }) =>
  m.a < m.b ? `${m.a}\u0000${m.b}` : `${m.b}\u0000${m.a}`;
const sameSeat = (x: SeatedMeeting, y: SeatedMeeting) => x.round === y.round && x.table === y.table;

/**
 * Rounds ≥ fromRound before and after, pair by pair: a pair at the same seat is kept, at
 * another seat moved, new to those rounds added; a seat whose pair is gone (or a second seat
 * of one pair) is dropped — because someone is absent, or because it no longer fits.
 */
export function replanChanges(
  before: readonly SeatedMeeting[],
  after: readonly ScheduledMeeting[],
  fromRound: number,
  attending: ReadonlySet<string>,
): ReplanChanges {
  const seatsBefore = new Map<string, SeatedMeeting[]>();
  for (const m of before) {
    if (m.round < fromRound) continue;
    const seats = seatsBefore.get(pairKey(m)) ?? [];
    seats.push(m);
    seatsBefore.set(pairKey(m), seats);
  }
  const changes: ReplanChanges = { kept: [], moved: [], added: [], dropped: [], affected: [] };
  for (const m of after) {
    if (m.round < fromRound) continue;
    const seats = seatsBefore.get(pairKey(m));
    if (!seats?.length) {
      changes.added.push(m);
      continue;
    }
    const at = Math.max(
      0,
      seats.findIndex((seat) => sameSeat(seat, m)),
    );
    const [was] = seats.splice(at, 1);
    const seat = { a: m.a, b: m.b, round: m.round, table: m.table };
    if (sameSeat(was, m)) changes.kept.push(seat);
    else
      changes.moved.push({
        a: m.a,
        b: m.b,
        from: { round: was.round, table: was.table },
        to: { round: m.round, table: m.table },
      });
  }
  for (const seats of seatsBefore.values())
    for (const m of seats)
      changes.dropped.push({
        a: m.a,
        b: m.b,
        round: m.round,
        table: m.table,
        reason: attending.has(m.a) && attending.has(m.b) ? 'no-longer-fits' : 'absent',
      });
  changes.dropped.sort((x, y) => x.round - y.round || x.table - y.table);
  const affected = new Set<string>();
  for (const m of [...changes.moved, ...changes.added, ...changes.dropped])
    affected.add(m.a).add(m.b);
  changes.affected = [...affected].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  return changes;
}

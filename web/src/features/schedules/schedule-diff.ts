import type { ScheduleView } from './schedule-grid';

export interface Placed {
  a: string;
  b: string;
  round: number;
  table: number;
}

export interface ScheduleDiff {
  /** Same pair, same round and table. */
  kept: Placed[];
  /** Same pair, another round or table: `from` in the earlier schedule, `to` in the new one. */
  moved: { from: Placed; to: Placed }[];
  /** Pairs only the new schedule has. */
  added: Placed[];
  /** Pairs only the earlier schedule had. */
  dropped: Placed[];
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

function placements(schedule: ScheduleView): Map<string, Placed> {
  const placed = new Map<string, Placed>();
  for (const round of schedule.rounds) {
    for (const meeting of round.meetings) {
      const [a, b] = [meeting.a.externalId, meeting.b.externalId].sort();
      placed.set(pairKey(a, b), { a, b, round: round.round, table: meeting.table });
    }
  }
  return placed;
}

/** What a regenerated schedule kept, moved, added and dropped of the earlier one's meetings. */
export function scheduleDiff(earlier: ScheduleView, later: ScheduleView): ScheduleDiff {
  const before = placements(earlier);
  const after = placements(later);
  const diff: ScheduleDiff = { kept: [], moved: [], added: [], dropped: [] };
  for (const [key, to] of after) {
    const from = before.get(key);
    if (!from) diff.added.push(to);
    else if (from.round === to.round && from.table === to.table) diff.kept.push(to);
    else diff.moved.push({ from, to });
  }
  for (const [key, from] of before) if (!after.has(key)) diff.dropped.push(from);
  const order = (x: Placed, y: Placed) => x.round - y.round || x.table - y.table;
  diff.kept.sort(order);
  diff.added.sort(order);
  diff.dropped.sort(order);
  diff.moved.sort((x, y) => order(x.to, y.to));
  return diff;
}

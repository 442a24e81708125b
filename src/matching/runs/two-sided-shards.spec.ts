import fc from 'fast-check';
import type { ColumnFloors } from '../engine/column-candidates.js';
import { matchesFor } from '../engine/compute-matches.js';
import { buildMatchIndex, MatchIndex } from '../engine/match-index.js';
import type { Match, MatchOptions, MatchProfile } from '../engine/match-types.js';
import { DEFAULT_MATCH_WEIGHTS } from '../engine/match-weights.js';
import { profileArb } from '../engine/testing/profile-arbitrary.js';
import type { Handover } from './handover.js';
import { planShards, SHARD_SIZE } from './matching-shards.js';
import { rankColumnShard, rankRowShard, TwoSidedPlan } from './two-sided-shards.js';

const options: MatchOptions = {
  weights: { ...DEFAULT_MATCH_WEIGHTS },
  crossCountryOnly: true,
  topK: 6,
};
const noPause = async () => undefined;

/** More than one shard on each side. */
const profiles: MatchProfile[] = fc
  .sample(profileArb('x'), { numRuns: 2 * SHARD_SIZE + 300, seed: 42 })
  .map((profile, i) => ({ ...profile, id: `p${String(i).padStart(5, '0')}` }));

function planOf(events: readonly MatchProfile[]): TwoSidedPlan & { shardCount: number } {
  const counts = new Map<string, number>();
  for (const { country } of events) counts.set(country, (counts.get(country) ?? 0) + 1);
  const { shardCount, rowCountry, rowShards } = planShards(counts, true);
  return { shardCount, rowCountry: rowCountry!, rowShards: rowShards! };
}

function everyList(index: MatchIndex): Map<string, Match[]> {
  return matchesFor(
    index,
    index.features.map((f) => f.profile.id),
    options,
  );
}

/** A run as workers would do it: every row shard, then every column shard from the handovers. */
async function runShards(
  rowIndex: MatchIndex,
  columnIndex: MatchIndex,
  plan: TwoSidedPlan & { shardCount: number },
  keepHandover: (rowShard: number) => boolean = () => true,
  carryFloors = true,
): Promise<Map<string, Match[]>> {
  const lists = new Map<string, Match[]>();
  const handed = new Map<number, Handover[]>();
  // As one worker ranks them: each row shard starts from the floors the previous one reached.
  let floors: ColumnFloors | undefined;
  for (let shard = plan.rowShards - 1; shard >= 0; shard -= 1) {
    const ranked = await rankRowShard(rowIndex, plan, shard, options, noPause, floors);
    if (carryFloors) floors = ranked.floors ?? undefined;
    ranked.lists.forEach((list, id) => lists.set(id, list));
    for (const { columnShard, handover } of ranked.handovers)
      if (keepHandover(shard))
        handed.set(columnShard, [...(handed.get(columnShard) ?? []), handover]);
  }
  for (let column = 0; column < plan.shardCount - plan.rowShards; column += 1) {
    const ranked = await rankColumnShard(
      columnIndex,
      plan,
      column,
      options,
      handed.get(column) ?? [],
      noPause,
    );
    ranked.forEach((list, id) => lists.set(id, list));
  }
  return lists;
}

describe('Shards of a two-sided run', () => {
  const index = buildMatchIndex(profiles);
  const plan = planOf(profiles);

  it('give every participant the list a one-sided ranking gives', async () => {
    expect(plan.rowShards).toBeGreaterThan(1);
    expect(plan.shardCount - plan.rowShards).toBeGreaterThan(1);
    const lists = await runShards(index, index, plan);
    expect(lists.size).toBe(profiles.length);
    expect(lists).toEqual(everyList(index));
  });

  it('give the same lists when every row shard starts afresh, as on workers of their own', async () => {
    expect(await runShards(index, index, plan, () => true, false)).toEqual(everyList(index));
  });

  it('rank a column participant on their own when a row shard handed nothing over', async () => {
    const lists = await runShards(index, index, plan, (rowShard) => rowShard !== 1);
    expect(lists).toEqual(everyList(index));
  });

  it('never suggest someone gone from the column shard’s index since the rows were ranked', async () => {
    const rowCountry = plan.rowCountry;
    const gone = profiles.find((p) => p.country === rowCountry)!;
    const columnIndex = buildMatchIndex(profiles.filter((p) => p !== gone));
    const lists = await runShards(index, columnIndex, plan);
    const columnIds = profiles.filter((p) => p.country !== rowCountry).map((p) => p.id);
    for (const id of columnIds)
      expect(lists.get(id)!.map((match) => match.partnerId)).not.toContain(gone.id);
    // …while a ranking with them would have suggested them to someone.
    const before = everyList(index);
    expect(columnIds.some((id) => before.get(id)!.some((m) => m.partnerId === gone.id))).toBe(true);
  });
});

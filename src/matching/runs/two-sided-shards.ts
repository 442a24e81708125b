import { ColumnCandidates, ColumnFloors } from '../engine/column-candidates.js';
import { rankedMatches } from '../engine/compute-matches.js';
import { countryCode, MatchIndex } from '../engine/match-index.js';
import type { Match, MatchOptions } from '../engine/match-types.js';
import { ScoringBuffers } from '../engine/score-candidates.js';
import { columnList, rankRows, runSides, RunSides } from '../engine/two-sided-run.js';
import { decodeHandover, encodeHandover, Handover, HandoverEntries } from './handover.js';
import { SHARD_SIZE, shardOf } from './matching-shards.js';
import { rankEachInSlices, SliceDone, VIEWERS_PER_SLICE } from './rank-in-slices.js';

/** How a run between two countries is split (recorded on the run when it starts). */
export interface TwoSidedPlan {
  rowCountry: string;
  rowShards: number;
}

export interface RowShardResult {
  lists: Map<string, Match[]>;
  /** Where the columns' floors stand after this shard (null when nothing was handed over). */
  floors: ColumnFloors | null;
  /** One per column shard; none when this worker's index does not allow a two-sided run. */
  handovers: { columnShard: number; handover: Handover }[];
}

/**
 * Ranks row shard `rowShard`: its rows' lists, and for every column shard what it needs of
 * them. When this worker's index no longer has exactly the run's two countries (a registration
 * from a third one arrived mid-run), its rows are ranked one by one and nothing is handed over:
 * the column shards then rank their own participants the same way.
 */
export async function rankRowShard(
  index: MatchIndex,
  plan: TwoSidedPlan,
  rowShard: number,
  options: MatchOptions,
  sliceDone: SliceDone,
  startFrom?: ColumnFloors,
): Promise<RowShardResult> {
  const sides = runSides(index, options, plan.rowCountry);
  const rows = shardOf(sides?.rows ?? positionsOf(index, plan.rowCountry, true), rowShard);
  const buffers = new ScoringBuffers(index.features.length);
  if (!sides)
    return {
      lists: await rankEachInSlices(index, rows, options, sliceDone, buffers),
      floors: null,
      handovers: [],
    };

  const candidates = new ColumnCandidates(sides.columns.length, options.topK, startFrom);
  const lists = new Map<string, Match[]>();
  for (let start = 0; start < rows.length; start += VIEWERS_PER_SLICE) {
    const slice = rows.subarray(start, start + VIEWERS_PER_SLICE);
    rankRows(index, sides, slice, options, candidates, buffers).forEach((list, id) =>
      lists.set(id, list),
    );
    await sliceDone(start + slice.length, rows.length);
  }
  const handovers = handoversOf(index, sides, rows, candidates);
  return { lists, floors: candidates.currentFloors(), handovers };
}

/**
 * Ranks column shard `columnShard` from what every row shard handed over. A participant some
 * row shard did not cover (the workers' indexes differed: a registration changed mid-run) is
 * ranked one by one against the whole index instead.
 */
export async function rankColumnShard(
  index: MatchIndex,
  plan: TwoSidedPlan,
  columnShard: number,
  options: MatchOptions,
  handovers: readonly Handover[],
  sliceDone: SliceDone,
): Promise<Map<string, Match[]>> {
  const sides = runSides(index, options, plan.rowCountry);
  const columns = shardOf(
    sides?.columns ?? positionsOf(index, plan.rowCountry, false),
    columnShard,
  );
  const buffers = new ScoringBuffers(index.features.length);
  const handed =
    sides !== null && handovers.length === plan.rowShards
      ? handedRows(index, sides, handovers)
      : [];
  const lists = new Map<string, Match[]>();
  for (let start = 0; start < columns.length; start += VIEWERS_PER_SLICE) {
    const slice = columns.subarray(start, start + VIEWERS_PER_SLICE);
    for (const viewer of slice) {
      const id = index.features[viewer].profile.id;
      const best = bestRowsOf(id, handed);
      lists.set(
        id,
        best
          ? columnList(index, viewer, best.rows, best.scores, options, buffers)
          : rankedMatches(index, viewer, options, buffers),
      );
    }
    await sliceDone(start + slice.length, columns.length);
  }
  return lists;
}

/** One row shard's handover, decoded, with its rows as positions of this worker's index. */
interface HandedRows {
  columnOf: Map<string, number>;
  /** -1 for a row gone from this index (erased, or no longer consenting). */
  positions: Int32Array;
  entries: HandoverEntries;
}

function handedRows(
  index: MatchIndex,
  sides: RunSides,
  handovers: readonly Handover[],
): HandedRows[] {
  return handovers.map((handover) => ({
    columnOf: new Map(handover.columnIds.map((id, column) => [id, column])),
    positions: Int32Array.from(handover.rowIds, (id) => {
      const position = index.positionOf.get(id);
      return position !== undefined && index.country[position] === sides.rowCountry ? position : -1;
    }),
    entries: decodeHandover(handover),
  }));
}

/** The column's best rows from every row shard, or null when one of them did not cover it. */
function bestRowsOf(
  id: string,
  handed: readonly HandedRows[],
): { rows: Int32Array; scores: Float64Array } | null {
  if (handed.length === 0) return null;
  const found: { from: HandedRows; column: number }[] = [];
  for (const from of handed) {
    const column = from.columnOf.get(id);
    if (column === undefined) return null;
    found.push({ from, column });
  }
  const size = found.reduce(
    (sum, { from, column }) =>
      sum + from.entries.offsets[column + 1] - from.entries.offsets[column],
    0,
  );
  const rows = new Int32Array(size);
  const scores = new Float64Array(size);
  let kept = 0;
  for (const { from, column } of found) {
    const { offsets, rows: rowIndexes, scores: rowScores } = from.entries;
    for (let i = offsets[column]; i < offsets[column + 1]; i += 1) {
      const position = from.positions[rowIndexes[i]];
      if (position < 0) continue;
      rows[kept] = position;
      scores[kept] = rowScores[i];
      kept += 1;
    }
  }
  return { rows: rows.subarray(0, kept), scores: scores.subarray(0, kept) };
}

function handoversOf(
  index: MatchIndex,
  sides: RunSides,
  rows: Int32Array,
  candidates: ColumnCandidates,
): { columnShard: number; handover: Handover }[] {
  const idOf = (position: number) => index.features[position].profile.id;
  const rowIds = Array.from(rows, idOf);
  const localRow = new Int32Array(index.features.length);
  rows.forEach((position, local) => (localRow[position] = local));
  const handovers: { columnShard: number; handover: Handover }[] = [];
  for (let first = 0; first < sides.columns.length; first += SHARD_SIZE) {
    const slots = Array.from(
      { length: Math.min(SHARD_SIZE, sides.columns.length - first) },
      (_, i) => first + i,
    );
    const columns = slots.map((slot) => {
      const { rows: positions, scores } = candidates.entriesOf(slot);
      return { rows: positions.map((position) => localRow[position]), scores };
    });
    handovers.push({
      columnShard: first / SHARD_SIZE,
      handover: encodeHandover(
        rowIds,
        slots.map((slot) => idOf(sides.columns[slot])),
        columns,
      ),
    });
  }
  return handovers;
}

/** Positions of the row country (or of every other country), increasing. */
function positionsOf(index: MatchIndex, rowCountry: string, rowSide: boolean): Int32Array {
  const code = countryCode(rowCountry);
  return index.allPositions.filter((position) => (index.country[position] === code) === rowSide);
}

import { ColumnCandidates } from '../engine/column-candidates.js';
import { rankedMatches } from '../engine/compute-matches.js';
import { countryCode, MatchIndex } from '../engine/match-index.js';
import type { Match, MatchOptions } from '../engine/match-types.js';
import { ScoringBuffers } from '../engine/score-candidates.js';
import { columnList, rankRows, runSides, RunSides } from '../engine/two-sided-run.js';
import { decodeHandover, encodeHandover, Handover } from './handover.js';
import { SHARD_SIZE } from './matching-shards.js';

/** How a run between two countries is split (recorded on the run when it starts). */
export interface TwoSidedPlan {
  rowCountry: string;
  rowShards: number;
}

/** Runs once per slice of viewers: the caller yields to the event loop and reports progress. */
export type SliceDone = (done: number, total: number) => Promise<void>;

/** Viewers ranked between two calls of SliceDone. */
const VIEWERS_PER_SLICE = 50;

export interface RowShardResult {
  lists: Map<string, Match[]>;
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
): Promise<RowShardResult> {
  const sides = runSides(index, options, plan.rowCountry);
  const rows = shardOf(sides?.rows ?? positionsOf(index, plan.rowCountry, true), rowShard);
  const buffers = new ScoringBuffers(index.features.length);
  if (!sides)
    return { lists: await rankOneSided(index, rows, options, buffers, sliceDone), handovers: [] };

  const candidates = new ColumnCandidates(sides.columns.length, options.topK);
  const lists = new Map<string, Match[]>();
  for (let start = 0; start < rows.length; start += VIEWERS_PER_SLICE) {
    const slice = rows.subarray(start, start + VIEWERS_PER_SLICE);
    rankRows(index, sides, slice, options, candidates, buffers).forEach((list, id) =>
      lists.set(id, list),
    );
    await sliceDone(start + slice.length, rows.length);
  }
  return { lists, handovers: handoversOf(index, sides, rows, candidates) };
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
  const complete = sides !== null && handovers.length === plan.rowShards;
  const best = complete ? bestRowsById(handovers) : new Map<string, BestRows[]>();
  const lists = new Map<string, Match[]>();
  for (let start = 0; start < columns.length; start += VIEWERS_PER_SLICE) {
    const slice = columns.subarray(start, start + VIEWERS_PER_SLICE);
    for (const viewer of slice) {
      const id = index.features[viewer].profile.id;
      const handed = best.get(id);
      lists.set(
        id,
        handed && handed.length === plan.rowShards
          ? listFromRows(index, sides!, viewer, handed, options, buffers)
          : rankedMatches(index, viewer, options, buffers),
      );
    }
    await sliceDone(start + slice.length, columns.length);
  }
  return lists;
}

/** How many column shards a run has once its row shards are known. */
export function columnShardCount(shardCount: number, plan: TwoSidedPlan): number {
  return shardCount - plan.rowShards;
}

interface BestRows {
  rowIds: string[];
  scores: number[];
}

function bestRowsById(handovers: readonly Handover[]): Map<string, BestRows[]> {
  const byId = new Map<string, BestRows[]>();
  for (const handover of handovers) {
    decodeHandover(handover).forEach((rows, column) => {
      const id = handover.columnIds[column];
      const held = byId.get(id);
      if (held) held.push(rows);
      else byId.set(id, [rows]);
    });
  }
  return byId;
}

/** The column's list from every row shard's best rows; rows gone from this index drop out. */
function listFromRows(
  index: MatchIndex,
  sides: RunSides,
  viewer: number,
  handed: readonly BestRows[],
  options: MatchOptions,
  buffers: ScoringBuffers,
): Match[] {
  const rows: number[] = [];
  const scores: number[] = [];
  for (const { rowIds, scores: rowScores } of handed) {
    rowIds.forEach((rowId, i) => {
      const position = index.positionOf.get(rowId);
      if (position === undefined || index.country[position] !== sides.rowCountry) return;
      rows.push(position);
      scores.push(rowScores[i]);
    });
  }
  return columnList(
    index,
    viewer,
    Int32Array.from(rows),
    Float64Array.from(scores),
    options,
    buffers,
  );
}

function handoversOf(
  index: MatchIndex,
  sides: RunSides,
  rows: Int32Array,
  candidates: ColumnCandidates,
): { columnShard: number; handover: Handover }[] {
  const idOf = (position: number) => index.features[position].profile.id;
  const rowIds = Array.from(rows, idOf);
  const localRow = new Map(Array.from(rows, (position, local) => [position, local]));
  const handovers: { columnShard: number; handover: Handover }[] = [];
  for (let first = 0; first < sides.columns.length; first += SHARD_SIZE) {
    const slots = Array.from(
      { length: Math.min(SHARD_SIZE, sides.columns.length - first) },
      (_, i) => first + i,
    );
    const columns = slots.map((slot) => {
      const { rows: positions, scores } = candidates.entriesOf(slot);
      return { rows: Array.from(positions, (position) => localRow.get(position)!), scores };
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

async function rankOneSided(
  index: MatchIndex,
  viewers: Int32Array,
  options: MatchOptions,
  buffers: ScoringBuffers,
  sliceDone: SliceDone,
): Promise<Map<string, Match[]>> {
  const lists = new Map<string, Match[]>();
  for (let start = 0; start < viewers.length; start += VIEWERS_PER_SLICE) {
    const slice = viewers.subarray(start, start + VIEWERS_PER_SLICE);
    for (const viewer of slice)
      lists.set(index.features[viewer].profile.id, rankedMatches(index, viewer, options, buffers));
    await sliceDone(start + slice.length, viewers.length);
  }
  return lists;
}

/** Positions of the row country (or of every other country), increasing. */
function positionsOf(index: MatchIndex, rowCountry: string, rowSide: boolean): Int32Array {
  const code = countryCode(rowCountry);
  return index.allPositions.filter((position) => (index.country[position] === code) === rowSide);
}

function shardOf(positions: Int32Array, shard: number): Int32Array {
  return positions.subarray(shard * SHARD_SIZE, (shard + 1) * SHARD_SIZE);
}

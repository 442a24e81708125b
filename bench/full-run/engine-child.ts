import { readFileSync } from 'node:fs';
import type { ColumnFloors } from '../../src/matching/engine/column-candidates.js';
import { buildMatchIndex, MatchIndex } from '../../src/matching/engine/match-index.js';
import type { Match, MatchOptions, MatchProfile } from '../../src/matching/engine/match-types.js';
import { DEFAULT_MATCH_WEIGHTS } from '../../src/matching/engine/match-weights.js';
import { ScoringBuffers } from '../../src/matching/engine/score-candidates.js';
import { planShards, RunShards, shardOf } from '../../src/matching/runs/matching-shards.js';
import { rankEachInSlices } from '../../src/matching/runs/rank-in-slices.js';
import { rankColumnShard, rankRowShard } from '../../src/matching/runs/two-sided-shards.js';
import { HandoverFolder } from './handover-folder.js';

/*
 * One full ranking, or one process's share of it, in a process of its own, so that its peak RSS
 * is the engine's alone:
 * `node engine-child.js <profiles.json> <topK> [<process> <processes> <handover folder>]`
 * prints one JSON line (EngineRunResult). It does what the service's workers do with a run's
 * shards (matching-shards.ts): a run between two countries ranks the row shards, each handing
 * every column shard its best rows, then the column shards from those (two-sided-shards.ts).
 * With a share, the process builds the whole index (as each worker does) and ranks the shards
 * number process, process + processes… of each side; the handovers go through files in the
 * folder (the service keeps them in PostgreSQL), and the column shards wait for every row
 * shard's, as the service's column shards are only queued once the row shards are stored.
 */

export interface EngineRunResult {
  participants: number;
  lists: number;
  suggestions: number;
  indexMs: number;
  listsMs: number;
  totalMs: number;
  /** CPU time (user + system, all threads) over the timed part: near totalMs unless starved. */
  cpuMs: number;
  /** RSS once the profiles are read, before the engine runs (KiB). */
  loadedRssKiB: number;
  /** Peak RSS of the whole child process (KiB, `process.resourceUsage().maxRSS`). */
  maxRssKiB: number;
  /** The shards this process ranked, and how many the run has. */
  shards: number[];
  shardCount: number;
  /** Start and end of the timed part, in ms since the epoch: processes are compared by them. */
  startedAt: number;
  finishedAt: number;
}

const [profilesPath, topK, process_ = '0', processes = '1', handoverPath] = process.argv.slice(2);
const profiles = JSON.parse(readFileSync(profilesPath, 'utf8')) as MatchProfile[];
const options: MatchOptions = {
  weights: { ...DEFAULT_MATCH_WEIGHTS },
  crossCountryOnly: true,
  topK: Number(topK),
};
const loadedRssKiB = process.memoryUsage().rss / 1024;
const noPause = async () => undefined;
const epochNow = () => performance.timeOrigin + performance.now();
const mine = (count: number, first = 0) =>
  Array.from({ length: count }, (_, i) => first + i).filter(
    (_, i) => i % Number(processes) === Number(process_),
  );

// What a full run does, timed in its two steps: index, then every list with its reasons.
const cpuStarted = process.cpuUsage();
const startedAt = epochNow();
const started = performance.now();
const index = buildMatchIndex(profiles);
const indexed = performance.now();
const plan = planShards(countsByCountry(profiles), options.crossCountryOnly);
// Each shard's lists are counted, then let go, as a worker lets them go once they are stored.
let lists = 0;
let suggestions = 0;
const count = (shardLists: Map<string, Match[]>) => {
  for (const list of shardLists.values()) {
    lists += 1;
    suggestions += list.length;
  }
};
const shards =
  plan.rowCountry === null
    ? await rankOneSided(index, plan, count)
    : await rankTwoSided(index, plan, count);
const finished = performance.now();
const finishedAt = epochNow();
const cpu = process.cpuUsage(cpuStarted);
const result: EngineRunResult = {
  participants: profiles.length,
  lists,
  suggestions,
  indexMs: indexed - started,
  listsMs: finished - indexed,
  totalMs: finished - started,
  cpuMs: (cpu.user + cpu.system) / 1000,
  loadedRssKiB,
  maxRssKiB: process.resourceUsage().maxRSS,
  shards,
  shardCount: plan.shardCount,
  startedAt,
  finishedAt,
};
console.log(JSON.stringify(result));

async function rankOneSided(
  index: MatchIndex,
  plan: RunShards,
  count: (lists: Map<string, Match[]>) => void,
): Promise<number[]> {
  const buffers = new ScoringBuffers(index.features.length);
  const shards = mine(plan.shardCount);
  for (const shard of shards)
    count(
      await rankEachInSlices(index, shardOf(index.allPositions, shard), options, noPause, buffers),
    );
  return shards;
}

async function rankTwoSided(
  index: MatchIndex,
  plan: RunShards,
  count: (lists: Map<string, Match[]>) => void,
): Promise<number[]> {
  const twoSided = { rowCountry: plan.rowCountry!, rowShards: plan.rowShards! };
  const handovers = new HandoverFolder(handoverPath);
  const rowShards = mine(twoSided.rowShards);
  // As a worker does, each row shard starts from the column floors its previous one reached.
  let floors: ColumnFloors | undefined;
  for (const shard of rowShards) {
    const ranked = await rankRowShard(index, twoSided, shard, options, noPause, floors);
    count(ranked.lists);
    handovers.put(shard, ranked.handovers);
    floors = ranked.floors ?? undefined;
  }
  await handovers.waitForRows(twoSided.rowShards);
  const columnShards = mine(plan.shardCount - twoSided.rowShards, twoSided.rowShards);
  for (const shard of columnShards) {
    const column = shard - twoSided.rowShards;
    count(
      await rankColumnShard(
        index,
        twoSided,
        column,
        options,
        handovers.take(column, twoSided.rowShards),
        noPause,
      ),
    );
  }
  return [...rowShards, ...columnShards];
}

function countsByCountry(all: readonly MatchProfile[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { country, consentMatching } of all)
    if (consentMatching) counts.set(country, (counts.get(country) ?? 0) + 1);
  return counts;
}

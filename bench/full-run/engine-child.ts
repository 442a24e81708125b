import { readFileSync } from 'node:fs';
import { matchesFor } from '../../src/matching/engine/compute-matches.js';
import { buildMatchIndex } from '../../src/matching/engine/match-index.js';
import type { MatchProfile } from '../../src/matching/engine/match-types.js';
import { DEFAULT_MATCH_WEIGHTS } from '../../src/matching/engine/match-weights.js';
import { ScoringBuffers } from '../../src/matching/engine/score-candidates.js';
import { shardCount, shardViewers } from '../../src/matching/runs/matching-shards.js';

/*
 * One full ranking, or one process's share of it, in a process of its own, so that its peak RSS
 * is the engine's alone: `node engine-child.js <profiles.json> <topK> [<process> <processes>]`
 * prints one JSON line (EngineRunResult). With a share, the process builds the whole index (as
 * each worker of the service does) and ranks the run's shards number process, process +
 * processes, process + 2 × processes… (the service's shards: matching-shards.ts).
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

const [profilesPath, topK, process_ = '0', processes = '1'] = process.argv.slice(2);
const profiles = JSON.parse(readFileSync(profilesPath, 'utf8')) as MatchProfile[];
const options = {
  weights: { ...DEFAULT_MATCH_WEIGHTS },
  crossCountryOnly: true,
  topK: Number(topK),
};
const loadedRssKiB = process.memoryUsage().rss / 1024;
const epochNow = () => performance.timeOrigin + performance.now();

// What a full run does, timed in its two steps: index, then every list with its reasons.
const cpuStarted = process.cpuUsage();
const startedAt = epochNow();
const started = performance.now();
const index = buildMatchIndex(profiles);
const indexed = performance.now();
const viewerIds = index.features.map((features) => features.profile.id);
const shards = myShards(shardCount(viewerIds.length), Number(process_), Number(processes));
const buffers = new ScoringBuffers(index.features.length);
// Each shard's lists are counted, then let go, as a worker lets them go once they are stored.
let lists = 0;
let suggestions = 0;
for (const shard of shards) {
  for (const list of matchesFor(index, shardViewers(viewerIds, shard), options, buffers).values()) {
    lists += 1;
    suggestions += list.length;
  }
}
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
  shardCount: shardCount(viewerIds.length),
  startedAt,
  finishedAt,
};
console.log(JSON.stringify(result));

/** Round robin, as workers that each take the next shard would share equal shards. */
function myShards(count: number, mine: number, processes: number): number[] {
  const shards: number[] = [];
  for (let shard = mine; shard < count; shard += processes) shards.push(shard);
  return shards;
}

import { readFileSync } from 'node:fs';
import { matchesFor } from '../../src/matching/engine/compute-matches.js';
import { buildMatchIndex } from '../../src/matching/engine/match-index.js';
import type { MatchProfile } from '../../src/matching/engine/match-types.js';
import { DEFAULT_MATCH_WEIGHTS } from '../../src/matching/engine/match-weights.js';

/*
 * One full ranking in a process of its own, so that its peak RSS is the engine's alone:
 * `node engine-child.js <profiles.json> <topK>` prints one JSON line (EngineRunResult).
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
}

const [profilesPath, topK] = process.argv.slice(2);
const profiles = JSON.parse(readFileSync(profilesPath, 'utf8')) as MatchProfile[];
const options = {
  weights: { ...DEFAULT_MATCH_WEIGHTS },
  crossCountryOnly: true,
  topK: Number(topK),
};
const loadedRssKiB = process.memoryUsage().rss / 1024;

// What computeMatches does, timed in its two steps: index, then every list with its reasons.
const cpuStarted = process.cpuUsage();
const started = performance.now();
const index = buildMatchIndex(profiles);
const indexed = performance.now();
const lists = matchesFor(
  index,
  index.features.map((features) => features.profile.id),
  options,
);
const finished = performance.now();
const cpu = process.cpuUsage(cpuStarted);

let suggestions = 0;
for (const list of lists.values()) suggestions += list.length;
const result: EngineRunResult = {
  participants: profiles.length,
  lists: lists.size,
  suggestions,
  indexMs: indexed - started,
  listsMs: finished - indexed,
  totalMs: finished - started,
  cpuMs: (cpu.user + cpu.system) / 1000,
  loadedRssKiB,
  maxRssKiB: process.resourceUsage().maxRSS,
};
console.log(JSON.stringify(result));

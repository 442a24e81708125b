import { join } from 'node:path';
import { tfidfRanker } from './baselines/tfidf-ranker.js';
import { themeOverlapRanker } from './baselines/theme-overlap-ranker.js';
import { asMatchProfile } from './evaluation/as-match-profile.js';
import { engineRanker } from './evaluation/engine-ranker.js';
import { evaluateRankings } from './evaluation/evaluate-rankings.js';
import { machineInfo } from './evaluation/machine-info.js';
import { offlineSection } from './evaluation/offline-section.js';
import { upsertSection } from './evaluation/results-file.js';
import type { EventScore } from './evaluation/results-table.js';
import { generateEvent } from './generator/generate-event.js';
import { repositoryRoot } from './repository-root.js';

/*
 * Offline evaluation (`npm run eval`): the engine against two baselines on generated events
 * whose ground truth is planted; prints the results and writes them to bench/RESULTS.md.
 */

const SIZES = [400, 2_000];
const SEEDS = [20260915, 20260916];
const K = 10;
const TOP_K = 50;

const engine = engineRanker(TOP_K);
const tfidf = tfidfRanker(TOP_K);
const RANKERS = [engine, tfidf, themeOverlapRanker(TOP_K)];

const scores: EventScore[] = [];
const events: string[][] = [];
for (const size of SIZES) {
  for (const seed of SEEDS) {
    const event = generateEvent({ size, seed });
    const profiles = event.profiles.map(asMatchProfile);
    const relevantCounts = [...event.relevant.values()].map((r) => r.size).filter((n) => n > 0);
    const meanRelevant = relevantCounts.reduce((sum, n) => sum + n, 0) / relevantCounts.length;
    events.push([
      size.toLocaleString('en-US'),
      String(seed),
      String(relevantCounts.length),
      meanRelevant.toFixed(1),
    ]);
    for (const ranker of RANKERS) {
      const started = performance.now();
      const rankings = ranker.rank(profiles);
      const milliseconds = performance.now() - started;
      const quality = evaluateRankings(event, rankings, K);
      scores.push({ method: ranker.name, size, seed, milliseconds, ...quality });
      console.error(
        `${ranker.name} · ${size} · seed ${seed}: nDCG@${K} ${quality.ndcg.toFixed(3)}`,
      );
    }
  }
}

const section = offlineSection({
  scores,
  events,
  seeds: SEEDS,
  sizes: SIZES,
  k: K,
  engine: engine.name,
  reference: tfidf.name,
  targetGain: 25,
  machine: machineInfo(),
});
console.log(section);
upsertSection(join(repositoryRoot(), 'bench', 'RESULTS.md'), section);

import { markdownTable } from '../evaluation/results-table.js';
import { mebibytes, milliseconds, thousands } from '../support/format.js';
import { machineLine } from '../report/machine.js';
import { SHARD_SIZE } from '../../src/matching/runs/matching-shards.js';
import { FULL_RUN_TOP_K, FullRunResults } from './full-run.js';

export const FULL_RUN_HEADING = '### Full run: engine vs scikit-learn';

const TARGET_SIZE = 20_000;
const ratio = (cpu: number, wall: number) => (cpu / wall).toFixed(2);
const peak = (runs: readonly { maxRssKiB: number }[]) =>
  runs.reduce((max, run) => Math.max(max, run.maxRssKiB), 0);
/** Fastest and slowest totals over the runs. */
const range = (runs: readonly { totalMs: number }[]) => {
  const totals = runs.map((run) => run.totalMs).sort((a, b) => a - b);
  return `${milliseconds(totals[0])} – ${milliseconds(totals[totals.length - 1])}`;
};
const RSS_LIMIT_KIB = 2 * 1024 * 1024;

/** The full-run table, and the verdict on the issue's targets at 20,000 participants. */
export function fullRunSection(results: FullRunResults): string {
  const { rows, python, processes } = results;
  const times = markdownTable(
    [
      'Participants',
      'Engine, 1 process: total',
      'index',
      'lists + reasons',
      'peak RSS',
      `Engine, ${processes} processes: wall`,
      'index (slowest process)',
      'peak RSS (sum)',
      'scikit-learn: total',
      'vectorise',
      'product',
      'top-k',
      'peak RSS',
      'Engine ÷ scikit-learn: 1 process',
      `${processes} processes`,
    ],
    rows.map(({ size, engine, engineProcesses, sklearn, engineRuns, sklearnRuns }) => [
      thousands(size),
      milliseconds(engine.totalMs),
      milliseconds(engine.indexMs),
      milliseconds(engine.listsMs),
      mebibytes(peak(engineRuns)),
      milliseconds(engineProcesses.totalMs),
      milliseconds(Math.max(...engineProcesses.children.map((child) => child.indexMs))),
      mebibytes(engineProcesses.sumMaxRssKiB),
      milliseconds(sklearn.totalMs),
      milliseconds(sklearn.vectoriseMs),
      milliseconds(sklearn.productMs),
      milliseconds(sklearn.topKMs),
      mebibytes(peak(sklearnRuns)),
      `${(engine.totalMs / sklearn.totalMs).toFixed(2)} ×`,
      `${(engineProcesses.totalMs / sklearn.totalMs).toFixed(2)} ×`,
    ]),
  );
  const outputs = markdownTable(
    [
      'Participants',
      'Engine, 1 process: runs (fastest – slowest)',
      `Engine, ${processes} processes: runs`,
      'scikit-learn runs',
      'Engine lists',
      'Engine suggestions',
      'Engine RSS before the run',
      'Engine CPU ÷ wall: 1 process',
      `${processes} processes`,
      'scikit-learn lists',
      'scikit-learn suggestions',
      'scikit-learn CPU ÷ wall',
      'TF-IDF vocabulary',
      'FR × MA non-zeros',
    ],
    rows.map(
      ({
        size,
        engine,
        engineProcesses,
        sklearn,
        engineRuns,
        engineProcessesRuns,
        sklearnRuns,
      }) => [
        thousands(size),
        range(engineRuns),
        range(engineProcessesRuns),
        range(sklearnRuns),
        thousands(engine.lists),
        thousands(engine.suggestions),
        mebibytes(engine.loadedRssKiB),
        ratio(engine.cpuMs, engine.totalMs),
        ratio(engineProcesses.cpuMs, engineProcesses.totalMs),
        thousands(sklearn.lists),
        thousands(sklearn.suggestions),
        ratio(sklearn.cpuMs, sklearn.totalMs),
        thousands(sklearn.vocabulary),
        thousands(sklearn.productNonZeros),
      ],
    ),
  );
  return [
    FULL_RUN_HEADING,
    '',
    `Each size is one event from bench/generator (seed ${results.seed}, half French, half ` +
      `Moroccan), top-${FULL_RUN_TOP_K} per participant, other country only, default weights. ` +
      `**Engine, 1 process**: \`buildMatchIndex\`, then the run's shards of ` +
      `${thousands(SHARD_SIZE)} participants as a worker ranks them (src/matching/runs: ` +
      `matching-shards.ts, two-sided-shards.ts): each French–Moroccan pair is scored once, from ` +
      `the smaller country's shards, which rank their participants and hand every shard of the ` +
      `other country the best of them for each of theirs; the other country's shards then rank ` +
      `their participants from those handovers. Every list comes with its reasons; each shard's ` +
      `lists are counted then let go, as a worker lets them go once stored. It runs in a child ` +
      `Node process of its own that reads the profiles from a JSON file; timed from the start of ` +
      `the index to the last list (reading the file excluded); peak RSS is that child's ` +
      `\`process.resourceUsage().maxRSS\`, profiles included. **Engine, ${processes} ` +
      `processes**: as the service spreads a run over its worker processes, ${processes} such ` +
      `children started together, each building the whole index and ranking every ` +
      `${processes === 1 ? '' : `${ordinal(processes)} `}shard of each side (the service's ` +
      `workers take the next free shard, here the shards are dealt round-robin); the handovers ` +
      `go through files, and the second side's shards wait for all of them, as the service ` +
      `queues them once the first side's are stored. Wall time from ` +
      `the first child's start of its timed part to the last one's end, peak RSS the sum of the ` +
      `children's. They use ${processes} cores where scikit-learn uses one (its CPU ÷ wall ` +
      `below). **scikit-learn**: \`TfidfVectorizer()\` with default settings fitted on ` +
      `\`allText\` of every participant, sparse product of the French rows × the Moroccan rows ` +
      `(its transpose gives the reverse lists), top-${FULL_RUN_TOP_K} per row by ` +
      `\`argpartition\`; timed inside Python (reading the file excluded), peak RSS from ` +
      `\`ru_maxrss\`. Plain TF-IDF does less than the engine (one field, no gates, no reasons): ` +
      `it is the speed to beat, not a peer in quality. CPU ÷ wall: CPU time of all the ` +
      `processes' threads over the timed part, over its wall time (well under the number of ` +
      `processes means something else held the cores). Each of the three is run ` +
      `${results.rows[0]?.engineRuns.length ?? 0} times per size, in turn; the two engine variants ` +
      `give as many lists and suggestions (the bench checks it). The first table gives ` +
      `the run with the median total (and its breakdown) and the highest peak RSS of all runs; ` +
      `the second, the fastest and slowest totals.`,
    '',
    times,
    '',
    outputs,
    '',
    verdict(results),
    '',
    machineLine(results.code, [
      `Python ${python.python}, scikit-learn ${python.sklearn}, SciPy ${python.scipy}, NumPy ${python.numpy}`,
    ]),
  ].join('\n');
}

function verdict({ rows, processes }: FullRunResults): string {
  const row = rows.find((candidate) => candidate.size === TARGET_SIZE);
  if (!row)
    return `No run at ${thousands(TARGET_SIZE)} participants: the issue's targets were not checked.`;
  const met = (engineMs: number) => (engineMs <= row.sklearn.totalMs ? 'met' : 'missed');
  const peakRss = peak(row.engineRuns);
  const peakSpread = Math.max(...row.engineProcessesRuns.map((run) => run.sumMaxRssKiB));
  const small = (kib: number) => (kib < RSS_LIMIT_KIB ? 'met' : 'missed');
  return (
    `**At ${thousands(TARGET_SIZE)} (medians): engine ${milliseconds(row.engine.totalMs)} in 1 ` +
    `process, ${milliseconds(row.engineProcesses.totalMs)} over ${processes} processes, vs ` +
    `scikit-learn ${milliseconds(row.sklearn.totalMs)}** — target "no slower than ` +
    `scikit-learn": ${met(row.engine.totalMs)} in 1 process, ` +
    `${met(row.engineProcesses.totalMs)} over ${processes} processes (${processes} cores ` +
    `against scikit-learn's one); **peak RSS ${mebibytes(peakRss)}** in 1 process, ` +
    `${mebibytes(peakSpread)} summed over ${processes} — target "under 2 GiB": ` +
    `${small(peakRss)} in 1 process, ${small(peakSpread)} over ${processes}.`
  );
}

/** "every 2nd shard", "every 3rd shard"… */
function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

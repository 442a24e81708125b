import { markdownTable } from '../evaluation/results-table.js';
import { mebibytes, milliseconds, thousands } from '../support/format.js';
import { machineLine } from '../report/machine.js';
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

/** The full-run table, and the verdict on the targets at 20,000 participants. */
export function fullRunSection(results: FullRunResults): string {
  const { rows, python } = results;
  const times = markdownTable(
    [
      'Participants',
      'Engine: total',
      'index',
      'lists + reasons',
      'peak RSS',
      'scikit-learn: total',
      'vectorise',
      'product',
      'top-k',
      'peak RSS',
      'Engine ÷ scikit-learn',
    ],
    rows.map(({ size, engine, sklearn, engineRuns, sklearnRuns }) => [
      thousands(size),
      milliseconds(engine.totalMs),
      milliseconds(engine.indexMs),
      milliseconds(engine.listsMs),
      mebibytes(peak(engineRuns)),
      milliseconds(sklearn.totalMs),
      milliseconds(sklearn.vectoriseMs),
      milliseconds(sklearn.productMs),
      milliseconds(sklearn.topKMs),
      mebibytes(peak(sklearnRuns)),
      `${(engine.totalMs / sklearn.totalMs).toFixed(2)} ×`,
    ]),
  );
  const outputs = markdownTable(
    [
      'Participants',
      'Engine runs (fastest – slowest)',
      'scikit-learn runs (fastest – slowest)',
      'Engine lists',
      'Engine suggestions',
      'Engine RSS before the run',
      'Engine CPU ÷ wall',
      'scikit-learn lists',
      'scikit-learn suggestions',
      'scikit-learn CPU ÷ wall',
      'TF-IDF vocabulary',
      'FR × MA non-zeros',
    ],
    rows.map(({ size, engine, sklearn, engineRuns, sklearnRuns }) => [
      thousands(size),
      range(engineRuns),
      range(sklearnRuns),
      thousands(engine.lists),
      thousands(engine.suggestions),
      mebibytes(engine.loadedRssKiB),
      ratio(engine.cpuMs, engine.totalMs),
      thousands(sklearn.lists),
      thousands(sklearn.suggestions),
      ratio(sklearn.cpuMs, sklearn.totalMs),
      thousands(sklearn.vocabulary),
      thousands(sklearn.productNonZeros),
    ]),
  );
  return [
    FULL_RUN_HEADING,
    '',
    `Each size is one event from bench/generator (seed ${results.seed}, half French, half ` +
      `Moroccan), top-${FULL_RUN_TOP_K} per participant, other country only, default weights. ` +
      `**Engine**: \`buildMatchIndex\` then \`matchesFor\` every consenting participant (every ` +
      `list with its reasons), in a child Node process of its own that reads the profiles from a ` +
      `JSON file; peak RSS is that child's \`process.resourceUsage().maxRSS\`, profiles included. ` +
      `**scikit-learn**: \`TfidfVectorizer()\` with default settings fitted on \`allText\` of ` +
      `every participant, sparse product of the French rows × the Moroccan rows (its transpose ` +
      `gives the reverse lists), top-${FULL_RUN_TOP_K} per row by \`argpartition\`; timed inside ` +
      `Python (reading the file excluded), peak RSS from \`ru_maxrss\`. Plain TF-IDF does less ` +
      `than the engine (one field, no gates, no reasons): it is the speed to beat, not a peer in quality. ` +
      `CPU ÷ wall: CPU time of all the process's threads over the timed part, over its wall time ` +
      `(well under 1 means something else held the cores). Each side runs ` +
      `${results.rows[0]?.engineRuns.length ?? 0} times per size, alternately: the first table ` +
      `gives the run with the median total (and its breakdown) and the highest peak RSS of all ` +
      `runs; the second, the fastest and slowest totals.`,
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

function verdict({ rows }: FullRunResults): string {
  const row = rows.find((candidate) => candidate.size === TARGET_SIZE);
  if (!row)
    return `No run at ${thousands(TARGET_SIZE)} participants: the issue's targets were not checked.`;
  const faster = row.engine.totalMs <= row.sklearn.totalMs;
  const peakRss = peak(row.engineRuns);
  const small = peakRss < RSS_LIMIT_KIB;
  return (
    `**At ${thousands(TARGET_SIZE)} (medians): engine ${milliseconds(row.engine.totalMs)} vs scikit-learn ` +
    `${milliseconds(row.sklearn.totalMs)}** — target "no slower than scikit-learn": ` +
    `${faster ? 'met' : 'missed'}; **peak RSS ${mebibytes(peakRss)}** — target ` +
    `"under 2 GiB": ${small ? 'met' : 'missed'}.`
  );
}

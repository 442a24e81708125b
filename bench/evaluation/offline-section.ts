import type { MachineInfo } from './machine-info.js';
import { type EventScore, markdownTable, meanNdcg, summaryTable } from './results-table.js';

export interface OfflineRun {
  scores: readonly EventScore[];
  /** Per generated event: size, seed, participants evaluated, mean relevant partners. */
  events: readonly (readonly string[])[];
  seeds: readonly number[];
  sizes: readonly number[];
  k: number;
  engine: string;
  reference: string;
  targetGain: number;
  machine: MachineInfo;
}

const percent = (value: number) => `${value >= 0 ? '+' : ''}${value.toFixed(1)} %`;

/** The engine's nDCG gain over the reference method, in %, over the chosen events. */
export function ndcgGain(run: OfflineRun, size?: number): number {
  const { scores, engine, reference } = run;
  return (meanNdcg(scores, engine, size) / meanNdcg(scores, reference, size) - 1) * 100;
}

/** The « ## Offline evaluation » section of bench/RESULTS.md. */
export function offlineSection(run: OfflineRun): string {
  const { k, seeds, machine } = run;
  const overall = ndcgGain(run);
  const perSize = run.sizes.map(
    (size) => `${percent(ndcgGain(run, size))} at ${size.toLocaleString('en-US')}`,
  );
  const verdict = overall >= run.targetGain ? 'meets' : 'misses';
  return [
    '## Offline evaluation',
    '',
    `\`npm run eval\` (bench/eval.ts) on events from bench/generator: half French, half Moroccan ` +
      `registrations with a planted ground truth. A partner is relevant when, across the border, ` +
      `their offer answers the participant's need or the participant's offer answers theirs ` +
      `(grade 2 when their two regions already have a decentralised-cooperation link, else 1). ` +
      `Means over participants with at least one relevant partner, averaged over seeds ` +
      `${seeds.join(' and ')}. Baselines: plain TF-IDF cosine on all the text (sector, offers, ` +
      `needs, description; lower case, split on non-letters, no stemming) and declared-theme ` +
      `Jaccard, both behind the engine's gates (other country, consent). Time: one full ranking.`,
    '',
    summaryTable(run.scores, k),
    '',
    `**${run.engine} vs ${run.reference}, nDCG@${k}: ${percent(overall)}** ` +
      `(${perSize.join(', ')}); the issue's target is +${run.targetGain} %, which this run ${verdict}.`,
    '',
    markdownTable(
      ['Event size', 'Seed', 'Participants evaluated', 'Mean relevant partners'],
      run.events,
    ),
    '',
    `Machine: ${machine.cpus} CPUs (\`nproc\`), ${machine.cpuModel}, Node ${machine.node}; ` +
      `run on ${machine.date}.`,
  ].join('\n');
}

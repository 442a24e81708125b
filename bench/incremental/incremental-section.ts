import { markdownTable } from '../evaluation/results-table.js';
import { ServiceEnvironment, serviceMachineLine } from '../service/service-section.js';
import { milliseconds, thousands } from '../support/format.js';
import { percentile } from '../support/percentiles.js';
import { CpuShares, cpuSentence } from '../support/cpu-shares.js';
import type { IncrementalResults } from './incremental-bench.js';

export const INCREMENTAL_HEADING = '### Incremental: one new registration';

const TARGET_P95_MS = 300;

export function incrementalSection(
  results: IncrementalResults,
  cpu: { shares: CpuShares; seconds: number },
  participants: number,
  versions: ServiceEnvironment,
): string {
  const { ownList, inTargetList, puts, polls } = results;
  const p95 = percentile(ownList, 95);
  const row = (label: string, values: number[]) => [
    label,
    milliseconds(percentile(values, 50)),
    milliseconds(percentile(values, 95)),
    milliseconds(Math.max(...values)),
    milliseconds(Math.min(...values)),
  ];
  return [
    INCREMENTAL_HEADING,
    '',
    `With ${thousands(participants)} participants loaded and a full run done (same API and ` +
      `worker processes as above), ${results.registrations} new registrations one after the ` +
      `other: each is ` +
      `\`PUT /events/:id/participants/:externalId\` of someone from the other country whose ` +
      `offer answers the need of a known participant X (and whose need X's offer answers). Then ` +
      `\`GET …/participants/:externalId/matches?limit=50\` every 5 ms, first of the newcomer until ` +
      `their own list is readable (the issue's measure: "its list readable through the API"), ` +
      `then of X until the newcomer is listed there too. Both are timed from sending the PUT. The ` +
      `update writes the newcomer's own list first, then puts them into every list they enter ` +
      `(hundreds for such a strong newcomer at this size); the API enqueues the update, the worker ` +
      `process runs it.`,
    '',
    markdownTable(
      ['Registrations (' + ownList.length + ')', 'p50', 'p95', 'max', 'min'],
      [row('Own list readable', ownList), row("Listed in X's list", inTargetList)],
    ),
    '',
    `PUT answered (p50): ${milliseconds(percentile(puts, 50))}; GETs per registration (median): ` +
      `${percentile(polls, 50)}.`,
    '',
    cpuSentence(cpu.shares, cpu.seconds, 'the bench process (PUTs and GETs)'),
    '',
    `**Own list readable: p95 ${milliseconds(p95)}** — target "under ${TARGET_P95_MS} ms": ` +
      `${p95 < TARGET_P95_MS ? 'met' : 'missed'}. Listed in X's list: p95 ` +
      `${milliseconds(percentile(inTargetList, 95))}.`,
    '',
    serviceMachineLine(versions),
  ].join('\n');
}

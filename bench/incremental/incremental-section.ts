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
  const { latencies, puts, polls } = results;
  const p95 = percentile(latencies, 95);
  return [
    INCREMENTAL_HEADING,
    '',
    `With ${thousands(participants)} participants loaded and a full run done (same service as ` +
      `above), ${results.registrations} new registrations one after the other: each is ` +
      `\`PUT /events/:id/participants/:externalId\` of someone from the other country whose ` +
      `offer answers the need of a known participant X (and whose need X's offer answers), then ` +
      `\`GET …/participants/X/matches?limit=50\` every 5 ms until the newcomer is listed. End to ` +
      `end: from sending the PUT to the first GET that lists them.`,
    '',
    markdownTable(
      [
        'Registrations',
        'p50',
        'p95',
        'max',
        'min',
        'PUT answered (p50)',
        'GETs per registration (median)',
      ],
      [
        [
          String(latencies.length),
          milliseconds(percentile(latencies, 50)),
          milliseconds(p95),
          milliseconds(Math.max(...latencies)),
          milliseconds(Math.min(...latencies)),
          milliseconds(percentile(puts, 50)),
          String(percentile(polls, 50)),
        ],
      ],
    ),
    '',
    cpuSentence(cpu.shares, cpu.seconds, 'the bench process (PUTs and GETs)'),
    '',
    `**p95 ${milliseconds(p95)}** — target "under ${TARGET_P95_MS} ms": ` +
      `${p95 < TARGET_P95_MS ? 'met' : 'missed'}.`,
    '',
    serviceMachineLine(versions),
  ].join('\n');
}

import { markdownTable } from '../evaluation/results-table.js';
import { ServiceEnvironment, serviceMachineLine } from '../service/service-section.js';
import { thousands } from '../support/format.js';
import { cpuSentence } from '../support/cpu-shares.js';
import { LATENCY_COLUMNS, latencyRow, statusCodesText } from './latency-table.js';
import type { LoadResults } from './load-bench.js';

export const LOAD_HEADING = '### GET …/matches under load';

const TARGET_P99_MS = 20;
const ms = (value: number) => `${value.toFixed(1)} ms`;

export function loadSection(
  results: LoadResults,
  participants: number,
  versions: ServiceEnvironment,
): string {
  const { latency, paced } = results;
  const codes = statusCodesText(results.statusCodes);
  return [
    LOAD_HEADING,
    '',
    `autocannon (programmatic) on 127.0.0.1 against the same service (its API process answers ` +
      `the reads) and ${thousands(participants)} participants: ` +
      `\`GET /events/:id/participants/:externalId/` +
      `matches?limit=10\` for a random participant each time, \`overallRate\` ${results.rate} ` +
      `req/s for ${results.durationSeconds} s over ${results.connections} keep-alive ` +
      `connections, after a ${results.warmUpSeconds} s warm-up at the same rate that is not ` +
      `counted. autocannon keeps the rate as a quota per connection and per second: each ` +
      `second's requests leave back to back at the start of the second, so the service sees ` +
      `bursts of ${results.connections} concurrent requests rather than evenly spaced ones. ` +
      `Latency: each response's time as autocannon measures it, percentiles (nearest rank) over ` +
      `every response. For comparison, the same rate and duration from the bench's own ` +
      `open-loop client (bench/load/paced-load.ts): one request every ${(1000 / results.rate).toFixed(1)} ms ` +
      `whatever the answers, each timed from the moment it was due to leave.`,
    '',
    markdownTable(
      ['Load generator', ...LATENCY_COLUMNS],
      [
        latencyRow('autocannon (the target)', results),
        latencyRow('evenly spaced (comparison)', { ...paced, timeouts: null }),
      ],
    ),
    '',
    `Status codes: ${codes}. autocannon: ` +
      cpuSentence(results.cpu, results.measuredSeconds, 'autocannon (the bench process)') +
      ' Evenly spaced: ' +
      cpuSentence(results.pacedCpu, paced.seconds, 'the client (the bench process)'),
    '',
    `**p99 ${ms(latency.p99)} at ${results.rate} req/s** — target ` +
      `"under ${TARGET_P99_MS} ms at 500 req/s": ${verdict(results)}.`,
    '',
    serviceMachineLine(versions),
  ].join('\n');
}

function verdict(results: LoadResults): string {
  if (results.rate < 500) return `not checked (run at ${results.rate} req/s)`;
  const clean = results.errors === 0 && results.non2xx === 0;
  const keptUp = results.achievedRate >= 0.95 * results.rate;
  if (results.latency.p99 < TARGET_P99_MS && clean && keptUp) return 'met';
  const why = [
    results.latency.p99 >= TARGET_P99_MS && `p99 ${ms(results.latency.p99)}`,
    !clean && 'errors or non-2xx responses',
    !keptUp && `only ${results.achievedRate.toFixed(0)} req/s answered`,
  ].filter(Boolean);
  return `missed (${why.join('; ')})`;
}

import { markdownTable } from '../evaluation/results-table.js';
import { ServiceEnvironment, serviceMachineLine } from '../service/service-section.js';
import { thousands } from '../support/format.js';
import { LATENCY_COLUMNS, latencyRow, statusCodesText } from '../load/latency-table.js';
import type { MixedLoadResults, StreamResults } from './mixed-load.js';

export const MIXED_HEADING = '### Registrations and reads together';

export function mixedSection(
  results: MixedLoadResults,
  backlog: { waitingUpdates: number; drainSeconds: number },
  versions: ServiceEnvironment,
): string {
  const codes = (stream: StreamResults) => statusCodesText(stream.statusCodes);
  const failures =
    results.reads.errors +
    results.reads.non2xx +
    results.reads.timeouts +
    results.writes.errors +
    results.writes.non2xx +
    results.writes.timeouts;
  return [
    MIXED_HEADING,
    '',
    `A registration site's traffic for ${results.durationSeconds} s on an event of ` +
      `${thousands(results.participants)} participants (matched once before), with the event's ` +
      `front-end key, from two autocannon instances side by side: \`PUT …/participants/:externalId\` ` +
      `at ${results.writeRate} req/s over 2 connections (${thousands(results.newcomers)} new ` +
      `registrations, then real profile changes of registered people) and \`GET …/matches?limit=10\` ` +
      `of random participants at ${results.readRate} req/s over 8 connections. Every write ` +
      `enqueues an incremental matching update, run by the worker process while the API process ` +
      `answers.`,
    '',
    markdownTable(
      ['Requests', ...LATENCY_COLUMNS],
      [latencyRow('PUT registrations', results.writes), latencyRow('GET matches', results.reads)],
    ),
    '',
    `Status codes: writes ${codes(results.writes)}; reads ${codes(results.reads)}. ` +
      `${failures === 0 ? 'Zero errors.' : `${failures} failed requests.`} ` +
      `Incremental updates still queued when the load stopped: ${thousands(backlog.waitingUpdates)}; ` +
      `the worker caught up ${backlog.drainSeconds.toFixed(1)} s later.`,
    '',
    serviceMachineLine(versions),
  ].join('\n');
}

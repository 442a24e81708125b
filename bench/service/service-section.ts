import { markdownTable } from '../evaluation/results-table.js';
import { machineLine } from '../report/machine.js';
import { mebibytes, milliseconds, seconds, thousands } from '../support/format.js';
import type { ServerVersions } from './bench-resources.js';
import type { ImportOutcome, ServiceRunOutcome } from './load-event.js';

/** The servers, and the code the service was built from. */
export interface ServiceEnvironment extends ServerVersions {
  code: string;
}

export function serviceMachineLine(environment: ServiceEnvironment): string {
  return machineLine(environment.code, [
    `PostgreSQL ${environment.postgres}`,
    `Redis ${environment.redis}`,
  ]);
}

export const SERVICE_HEADING = '### Full run through the service';

export interface ServiceFigures {
  imported: ImportOutcome;
  run: ServiceRunOutcome;
  /** VmHWM of each process of the service once the run is done. */
  peakRssKiB: { api: number; worker: number };
  versions: ServiceEnvironment;
}

/** Loading the event and one full run through the API, as an organiser would do it. */
export function serviceSection(figures: ServiceFigures): string {
  const { imported, run } = figures;
  return [
    SERVICE_HEADING,
    '',
    `The service as deployed: an API process (\`ROLE=api\`) and a worker process ` +
      `(\`node dist/src/worker.js\`, default \`WORKER_CONCURRENCY\`); the API is ` +
      `\`node dist/src/main.js\`, both use a throwaway database and queue prefix. The participants go in ` +
      `through \`POST /events/:id/imports\` (JSON arrays of 5,000 rows, enqueued together); the ` +
      `run is \`POST /events/:id/matching/runs\` until its job is completed (polled every 250 ms): ` +
      `index, every shard, every list with its reasons written to PostgreSQL.`,
    '',
    markdownTable(
      [
        'Participants',
        'Import (all rows applied)',
        'Full run (API → job completed)',
        'Run, as the service recorded it',
        'Shards',
        'Lists written',
        'API peak RSS',
        'Worker peak RSS',
      ],
      [
        [
          thousands(imported.counts.created),
          seconds(imported.milliseconds),
          seconds(run.milliseconds),
          seconds(run.serverMilliseconds),
          thousands(run.shards),
          thousands(run.lists),
          mebibytes(figures.peakRssKiB.api),
          mebibytes(figures.peakRssKiB.worker),
        ],
      ],
    ),
    '',
    `Peak RSS is each process's \`VmHWM\` after the run, import included: the API receives the ` +
      `rows and enqueues them, the worker applies them and runs every matching job; ` +
      `${thousands(run.participants)} participants consented to matching. ` +
      `Full run per participant: ${milliseconds(run.milliseconds / Math.max(1, run.participants))}.`,
    '',
    serviceMachineLine(figures.versions),
  ].join('\n');
}

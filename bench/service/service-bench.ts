import type { BenchOptions } from '../cli/bench-options.js';
import { generateEvent } from '../generator/generate-event.js';
import { runIncremental } from '../incremental/incremental-bench.js';
import { INCREMENTAL_HEADING, incrementalSection } from '../incremental/incremental-section.js';
import { runLoad } from '../load/load-bench.js';
import { LOAD_HEADING, loadSection } from '../load/load-section.js';
import { onCleanup } from '../support/cleanup.js';
import { cpuSnapshot, cpuUsedBetween } from '../support/cpu-shares.js';
import { thousands } from '../support/format.js';
import { progress } from '../support/log.js';
import { waitForQuietMachine } from '../support/quiet-machine.js';
import { ApiClient } from './api-client.js';
import { codeVersion } from '../report/machine.js';
import { benchResources, removeBenchResources, serverVersions } from './bench-resources.js';
import type { ServiceEnvironment } from './service-section.js';
import { createEvent, importParticipants, runFullMatching } from './load-event.js';
import { SERVICE_HEADING, serviceSection } from './service-section.js';
import { assertPortFree, buildService, RunningService, startService } from './service-process.js';

/**
 * The parts measured through the real service, one instance for all: load the event, one full
 * run, then the incremental registrations and the load test. Each finished part is recorded at
 * once, so a later failure keeps the figures already measured.
 */
export async function runServiceParts(
  options: BenchOptions,
  record: (heading: string, section: string) => void,
): Promise<void> {
  const stamp = Date.now();
  const resources = benchResources(stamp);
  const versions = await serverVersions(resources);
  progress(`PostgreSQL ${versions.postgres}, Redis ${versions.redis}`);
  await assertPortFree(options.port);
  const code = codeVersion(); // what `npm run build` is about to compile
  await buildService();
  onCleanup(`drop database and queues of ${resources.queuePrefix}`, async () => {
    progress(`dropping ${new URL(resources.databaseUrl).pathname.slice(1)} and its queues`);
    await removeBenchResources(resources);
  });
  progress(`starting the service on 127.0.0.1:${options.port} (queues "${resources.queuePrefix}")`);
  const service = await startService(resources, options.port);
  onCleanup('stop the service', async () => {
    progress('stopping the service');
    await service.stop();
  });
  const steps = { current: 'loading the event' };
  try {
    await measure(service, options, stamp, { ...versions, code }, record, steps);
  } catch (error) {
    const exit = service.exitStatus();
    const tail = service.output().split('\n').slice(-30).join('\n');
    throw new Error(
      `${steps.current}: ${(error as Error).message}` +
        (exit ? ` (the service ${exit})` : '') +
        `\n--- last lines of the service ---\n${tail}`,
      {
        cause: error,
      },
    );
  }
}

async function measure(
  service: RunningService,
  options: BenchOptions,
  stamp: number,
  versions: ServiceEnvironment,
  record: (heading: string, section: string) => void,
  steps: { current: string },
): Promise<void> {
  const api = new ApiClient(service.baseUrl);
  const size = options.serviceSize;
  const { profiles } = generateEvent({ size, seed: options.seed, groundTruth: false });
  const eventId = await createEvent(api, `bench-${stamp}`);
  progress(`importing ${thousands(size)} participants`);
  const imported = await importParticipants(api, eventId, profiles);
  steps.current = 'the full run through the service';
  await waitForQuietMachine('the full run through the service', [service.pid]);
  progress('full matching run through the service');
  const run = await runFullMatching(api, eventId);
  progress(`  run done in ${Math.round(run.milliseconds)} ms (${run.lists} lists)`);
  record(
    SERVICE_HEADING,
    serviceSection({ imported, run, peakRssKiB: service.peakRssKiB(), versions }),
  );

  if (options.parts.includes('incremental')) {
    steps.current = 'the incremental registrations';
    await waitForQuietMachine('the incremental registrations', [service.pid]);
    progress(`incremental: ${options.registrations} new registrations`);
    const started = performance.now();
    const before = cpuSnapshot(service.pid);
    const results = await runIncremental(
      api,
      eventId,
      profiles,
      options.registrations,
      options.seed,
    );
    const cpu = {
      shares: cpuUsedBetween(before, cpuSnapshot(service.pid)),
      seconds: (performance.now() - started) / 1000,
    };
    record(INCREMENTAL_HEADING, incrementalSection(results, cpu, size, versions));
  }
  if (options.parts.includes('load')) {
    steps.current = 'the load test';
    await waitForQuietMachine('the load test', [service.pid]);
    const results = await runLoad(
      service.baseUrl,
      service.pid,
      eventId,
      profiles,
      options.rate,
      options.durationSeconds,
      options.seed,
    );
    record(LOAD_HEADING, loadSection(results, size, versions));
  }
}

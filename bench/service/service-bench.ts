import type { BenchOptions } from '../cli/bench-options.js';
import { generateEvent } from '../generator/generate-event.js';
import { runIncremental } from '../incremental/incremental-bench.js';
import { INCREMENTAL_HEADING, incrementalSection } from '../incremental/incremental-section.js';
import { runLoad } from '../load/load-bench.js';
import { LOAD_HEADING, loadSection } from '../load/load-section.js';
import { runMixedLoad } from '../mixed/mixed-load.js';
import { MIXED_HEADING, mixedSection } from '../mixed/mixed-section.js';
import { onCleanup } from '../support/cleanup.js';
import { cpuSnapshot, cpuUsedBetween } from '../support/cpu-shares.js';
import { thousands } from '../support/format.js';
import { progress } from '../support/log.js';
import { waitForQuietMachine } from '../support/quiet-machine.js';
import { ApiClient } from './api-client.js';
import { codeVersion } from '../report/machine.js';
import {
  BenchResources,
  benchResources,
  pendingJobs,
  removeBenchResources,
  serverVersions,
} from './bench-resources.js';
import type { ServiceEnvironment } from './service-section.js';
import { createEvent, importParticipants, runFullMatching } from './load-event.js';
import { SERVICE_HEADING, serviceSection } from './service-section.js';
import {
  assertPortFree,
  BENCH_ADMIN_KEY,
  buildService,
  RunningService,
  startService,
} from './service-process.js';

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
    if (options.parts.includes('incremental') || options.parts.includes('load')) {
      await measure(service, options, stamp, { ...versions, code }, record, steps);
    }
    if (options.parts.includes('mixed')) {
      steps.current = 'the registrations-and-reads load';
      await measureMixed(service, resources, options, stamp, { ...versions, code }, record);
    }
  } catch (error) {
    const exit = service.exitStatus();
    const tail = service.output().split('\n').slice(-30).join('\n');
    throw new Error(
      `${steps.current}: ${(error as Error).message}` +
        (exit ? ` (${exit})` : '') +
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
  const api = new ApiClient(service.baseUrl, BENCH_ADMIN_KEY);
  const size = options.serviceSize;
  const { profiles } = generateEvent({ size, seed: options.seed, groundTruth: false });
  const event = await createEvent(api, `bench-${stamp}`);
  const eventId = event.id;
  progress(`importing ${thousands(size)} participants`);
  const imported = await importParticipants(api, eventId, profiles);
  steps.current = 'the full run through the service';
  await waitForQuietMachine('the full run through the service', service.pids);
  progress('full matching run through the service');
  const run = await runFullMatching(api, eventId);
  progress(`  run done in ${Math.round(run.milliseconds)} ms (${run.lists} lists)`);
  record(
    SERVICE_HEADING,
    serviceSection({ imported, run, peakRssKiB: service.peakRssKiB(), versions }),
  );

  if (options.parts.includes('incremental')) {
    steps.current = 'the incremental registrations';
    await waitForQuietMachine('the incremental registrations', service.pids);
    progress(`incremental: ${options.registrations} new registrations`);
    const started = performance.now();
    const before = cpuSnapshot(service.pids);
    const results = await runIncremental(
      api,
      eventId,
      profiles,
      options.registrations,
      options.seed,
    );
    const cpu = {
      shares: cpuUsedBetween(before, cpuSnapshot(service.pids)),
      seconds: (performance.now() - started) / 1000,
    };
    record(INCREMENTAL_HEADING, incrementalSection(results, cpu, size, versions));
  }
  if (options.parts.includes('load')) {
    steps.current = 'the load test';
    await waitForQuietMachine('the load test', service.pids);
    const results = await runLoad(
      service.baseUrl,
      service.pids,
      eventId,
      // Reads come from a registration front-end, with its key, as in production.
      event.keys.frontend,
      profiles,
      options.rate,
      options.durationSeconds,
      options.seed,
    );
    record(LOAD_HEADING, loadSection(results, size, versions));
  }
}

/** Registrations and reads together on an event of its own (`--mixed-size`, 5,000). */
async function measureMixed(
  service: RunningService,
  resources: BenchResources,
  options: BenchOptions,
  stamp: number,
  versions: ServiceEnvironment,
  record: (heading: string, section: string) => void,
): Promise<void> {
  const api = new ApiClient(service.baseUrl, BENCH_ADMIN_KEY);
  // Generated together so newcomers look like the others; the last tenth registers live.
  const { profiles } = generateEvent({
    size: Math.round(options.mixedSize * 1.1),
    seed: options.seed + 1,
    groundTruth: false,
  });
  const registered = profiles.slice(0, options.mixedSize);
  const newcomers = profiles.slice(options.mixedSize);
  const event = await createEvent(api, `bench-mixed-${stamp}`);
  progress(`mixed load: importing ${thousands(registered.length)} participants and matching them`);
  await importParticipants(api, event.id, registered);
  await runFullMatching(api, event.id);
  await waitForQuietMachine('the registrations-and-reads load', service.pids);
  const results = await runMixedLoad(
    service.baseUrl,
    event.id,
    event.keys.frontend,
    registered,
    newcomers,
    { readRate: 200, writeRate: 20, durationSeconds: options.mixedDurationSeconds },
    options.seed,
  );
  const waitingUpdates = await pendingJobs(resources, 'matching');
  const stopped = performance.now();
  while ((await pendingJobs(resources, 'matching')) > 0) {
    if (performance.now() - stopped > 600_000)
      throw new Error('Matching updates still queued after 10 minutes');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const drainSeconds = (performance.now() - stopped) / 1000;
  record(MIXED_HEADING, mixedSection(results, { waitingUpdates, drainSeconds }, versions));
}

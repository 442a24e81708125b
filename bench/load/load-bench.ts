import autocannon from 'autocannon';
import type { GeneratedParticipant } from '../generator/generated-participant.js';
import { SeededRandom } from '../random/seeded-random.js';
import { progress } from '../support/log.js';
import { percentile } from '../support/percentiles.js';
import { CpuShares, cpuSnapshot, cpuUsedBetween } from '../support/cpu-shares.js';
import { PacedResults, runPacedLoad } from './paced-load.js';

/** autocannon's default: ten keep-alive connections share the rate. */
const CONNECTIONS = 10;
const WARM_UP_SECONDS = 5;

export interface LoadResults {
  rate: number;
  durationSeconds: number;
  connections: number;
  warmUpSeconds: number;
  /** Responses received during the measured part, and how many per second that makes. */
  responses: number;
  achievedRate: number;
  latency: { p50: number; p97_5: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  /** CPU seconds used during the measured part, and its length in seconds. */
  cpu: CpuShares;
  measuredSeconds: number;
  /** The same rate, evenly spaced, from the bench's own open-loop client. */
  paced: PacedResults;
  pacedCpu: CpuShares;
}

/**
 * GET /events/:id/participants/:externalId/matches?limit=10 for random participants, at a fixed
 * overall rate, after a short warm-up at the same rate that is not counted.
 */
export async function runLoad(
  baseUrl: string,
  servicePid: number,
  eventId: string,
  apiKey: string,
  participants: readonly GeneratedParticipant[],
  rate: number,
  durationSeconds: number,
  seed: number,
): Promise<LoadResults> {
  const rng = new SeededRandom(seed);
  const paths = participants.map(
    (p) => `/events/${eventId}/participants/${encodeURIComponent(p.externalId)}/matches?limit=10`,
  );
  const options = (duration: number): autocannon.Options => ({
    url: baseUrl,
    connections: CONNECTIONS,
    overallRate: rate,
    duration,
    timeout: 10,
    // Its coordinated-omission correction would add made-up samples in 1 ms steps (it takes
    // ceil(1 / rate) ms as the expected interval): keep what was measured.
    ignoreCoordinatedOmission: true,
    headers: { Authorization: `Bearer ${apiKey}` },
    requests: [
      { method: 'GET', setupRequest: (request) => ({ ...request, path: rng.pick(paths) }) },
    ],
  });

  progress(`warm-up: ${WARM_UP_SECONDS} s at ${rate} req/s (not counted)`);
  await bounded(autocannon(options(WARM_UP_SECONDS)), WARM_UP_SECONDS);
  progress(`measuring: ${durationSeconds} s at ${rate} req/s over ${CONNECTIONS} connections`);
  const cpuBefore = cpuSnapshot(servicePid);
  const instance = autocannon(options(durationSeconds));
  // Each response's time as autocannon measures it (hrtime, write to response), kept exactly
  // rather than from its whole-millisecond histogram.
  const latencies: number[] = [];
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) =>
    latencies.push(ms),
  );
  const result = await bounded(instance, durationSeconds);
  const cpu = cpuUsedBetween(cpuBefore, cpuSnapshot(servicePid));
  if (!latencies.length) throw new Error('No response at all during the load test');
  progress(`for comparison: ${durationSeconds} s at ${rate} req/s, evenly spaced`);
  const pacedBefore = cpuSnapshot(servicePid);
  const paced = await runPacedLoad(baseUrl, apiKey, () => rng.pick(paths), rate, durationSeconds);
  const pacedCpu = cpuUsedBetween(pacedBefore, cpuSnapshot(servicePid));
  return {
    rate,
    durationSeconds,
    connections: CONNECTIONS,
    warmUpSeconds: WARM_UP_SECONDS,
    responses: latencies.length,
    achievedRate: latencies.length / result.duration,
    latency: {
      p50: percentile(latencies, 50),
      p97_5: percentile(latencies, 97.5),
      p99: percentile(latencies, 99),
      max: latencies.reduce((max, ms) => Math.max(max, ms), 0),
    },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes: Object.fromEntries(
      Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count]),
    ),
    cpu,
    measuredSeconds: result.duration,
    paced,
    pacedCpu,
  };
}

/** autocannon stops itself after `duration`; this only guards against a hang. */
async function bounded(
  instance: autocannon.Instance,
  durationSeconds: number,
): Promise<autocannon.Result> {
  let timer: NodeJS.Timeout | undefined;
  const overrun = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => {
        instance.stop();
        reject(new Error(`autocannon did not finish within ${durationSeconds + 60} s`));
      },
      (durationSeconds + 60) * 1000,
    );
  });
  try {
    return await Promise.race([Promise.resolve(instance), overrun]);
  } finally {
    clearTimeout(timer);
  }
}

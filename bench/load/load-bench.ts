import autocannon from 'autocannon';
import type { GeneratedParticipant } from '../generator/generated-participant.js';
import { SeededRandom } from '../random/seeded-random.js';
import { progress } from '../support/log.js';
import { CpuShares, cpuSnapshot, cpuUsedBetween } from '../support/cpu-shares.js';
import { AutocannonOutcome, autocannonOutcome, bounded } from './autocannon-outcome.js';
import { PacedResults, runPacedLoad } from './paced-load.js';

/** autocannon's default: ten keep-alive connections share the rate. */
const CONNECTIONS = 10;
const WARM_UP_SECONDS = 5;

/** The measured part's outcome (responses, latencies, errors), and how it was run. */
export interface LoadResults extends AutocannonOutcome {
  rate: number;
  durationSeconds: number;
  connections: number;
  warmUpSeconds: number;
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
  servicePids: readonly number[],
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
  const cpuBefore = cpuSnapshot(servicePids);
  const outcome = await autocannonOutcome(autocannon(options(durationSeconds)), durationSeconds);
  const cpu = cpuUsedBetween(cpuBefore, cpuSnapshot(servicePids));
  if (!outcome.responses) throw new Error('No response at all during the load test');
  progress(`for comparison: ${durationSeconds} s at ${rate} req/s, evenly spaced`);
  const pacedBefore = cpuSnapshot(servicePids);
  const paced = await runPacedLoad(baseUrl, apiKey, () => rng.pick(paths), rate, durationSeconds);
  const pacedCpu = cpuUsedBetween(pacedBefore, cpuSnapshot(servicePids));
  return {
    rate,
    durationSeconds,
    connections: CONNECTIONS,
    warmUpSeconds: WARM_UP_SECONDS,
    ...outcome,
    cpu,
    measuredSeconds: outcome.seconds,
    paced,
    pacedCpu,
  };
}

import type autocannon from 'autocannon';
import { percentile } from '../support/percentiles.js';

export interface LatencyStats {
  p50: number;
  p97_5: number;
  p99: number;
  max: number;
}

/** What one autocannon instance measured, each response's time kept exactly. */
export interface AutocannonOutcome {
  responses: number;
  achievedRate: number;
  latency: LatencyStats;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  /** How long it ran, in seconds. */
  seconds: number;
}

export function latencyStats(latencies: readonly number[]): LatencyStats {
  if (!latencies.length) return { p50: 0, p97_5: 0, p99: 0, max: 0 };
  return {
    p50: percentile(latencies, 50),
    p97_5: percentile(latencies, 97.5),
    p99: percentile(latencies, 99),
    max: latencies.reduce((max, ms) => Math.max(max, ms), 0),
  };
}

/**
 * Waits for an instance and summarises it. Response times are taken as autocannon measures
 * them (hrtime, write to response), rather than from its whole-millisecond histogram.
 */
export async function autocannonOutcome(
  instance: autocannon.Instance,
  durationSeconds: number,
): Promise<AutocannonOutcome> {
  const latencies: number[] = [];
  instance.on('response', (_client: unknown, _status: number, _bytes: number, ms: number) =>
    latencies.push(ms),
  );
  const result = await bounded(instance, durationSeconds);
  return {
    responses: latencies.length,
    achievedRate: latencies.length / result.duration,
    latency: latencyStats(latencies),
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes: Object.fromEntries(
      Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count]),
    ),
    seconds: result.duration,
  };
}

/** autocannon stops itself after `duration`; this only guards against a hang. */
export async function bounded(
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

import http from 'node:http';
import { LatencyStats, latencyStats } from './autocannon-outcome.js';

export interface PacedResults {
  responses: number;
  seconds: number;
  achievedRate: number;
  latency: LatencyStats;
  errors: number;
  non2xx: number;
}

const REQUEST_TIMEOUT_MS = 10_000;

/**
 * A comparison for autocannon's bursts: requests sent evenly spaced (open loop, one every
 * 1000/rate ms whatever the answers), each timed from the moment it was due to leave, so a
 * slow answer cannot hide the delay it causes to the next ones.
 */
export async function runPacedLoad(
  baseUrl: string,
  apiKey: string,
  nextPath: () => string,
  rate: number,
  durationSeconds: number,
): Promise<PacedResults> {
  const url = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const total = rate * durationSeconds;
  const interval = 1000 / rate;
  const latencies: number[] = [];
  let errors = 0;
  let non2xx = 0;
  let pending = 0;
  let sent = 0;
  let allSent: () => void = () => undefined;
  const drained = new Promise<void>((resolve) => (allSent = resolve));
  const settle = () => {
    pending -= 1;
    if (pending === 0 && sent === total) allSent();
  };

  const send = (due: number) => {
    pending += 1;
    let settled = false;
    const done = (failed: boolean, status?: number) => {
      if (settled) return;
      settled = true;
      if (failed) errors += 1;
      else {
        latencies.push(performance.now() - due);
        if (status === undefined || status >= 300) non2xx += 1;
      }
      settle();
    };
    const request = http.get(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: nextPath(),
        headers: { Authorization: `Bearer ${apiKey}` },
        timeout: REQUEST_TIMEOUT_MS,
      },
      (response) => {
        response.resume();
        response.on('end', () => done(false, response.statusCode));
        response.on('error', () => done(true));
      },
    );
    request.on('timeout', () => request.destroy(new Error('timeout')));
    request.on('error', () => done(true));
  };

  const started = performance.now();
  await new Promise<void>((resolve) => {
    const tick = () => {
      const due = Math.min(total, Math.floor((performance.now() - started) / interval) + 1);
      while (sent < due) {
        sent += 1;
        send(started + (sent - 1) * interval);
      }
      if (sent < total) setTimeout(tick, 1);
      else resolve();
    };
    tick();
  });
  if (pending > 0) await drained;
  const elapsedSeconds = (performance.now() - started) / 1000;
  agent.destroy();
  if (!latencies.length) throw new Error('No response at all during the paced load');
  return {
    responses: latencies.length,
    seconds: elapsedSeconds,
    achievedRate: latencies.length / elapsedSeconds,
    latency: latencyStats(latencies),
    errors,
    non2xx,
  };
}

import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repositoryRoot } from '../repository-root.js';
import { progress } from '../support/log.js';
import { runCommand } from '../support/run-command.js';
import type { BenchResources } from './bench-resources.js';

const OUTPUT_KEPT = 20_000;
const START_TIMEOUT_MS = 90_000;
// The service lets in-flight jobs finish for SHUTDOWN_TIMEOUT_MS (25 s by default) on SIGTERM.
const STOP_TIMEOUT_MS = 40_000;

export interface RunningService {
  baseUrl: string;
  pid: number;
  /** The last lines the service printed: shown when a step fails. */
  output(): string;
  /** How the process ended, or null while it runs. */
  exitStatus(): string | null;
  /** Peak RSS of the service process so far (VmHWM, KiB). */
  peakRssKiB(): number;
  stop(): Promise<void>;
}

/** `npm run build`, as `npm start` does, so the bench runs the code as deployed. */
export async function buildService(): Promise<void> {
  progress('building the service (npm run build)');
  await runCommand('npm', ['run', 'build', '--silent'], {
    cwd: repositoryRoot(),
    timeoutMs: 5 * 60_000,
  });
}

/** The admin key the bench's service runs with. */
export const BENCH_ADMIN_KEY = 'bench-admin-key-0123456789abcdef';

/** Starts `node dist/src/main.js` (API + workers) on loopback and waits until /health says yes. */
export async function startService(
  resources: BenchResources,
  port: number,
): Promise<RunningService> {
  const root = repositoryRoot();
  const child = spawn(process.execPath, [join(root, 'dist', 'src', 'main.js')], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: resources.databaseUrl,
      REDIS_URL: resources.redisUrl,
      QUEUE_PREFIX: resources.queuePrefix,
      PORT: String(port),
      HOST: '127.0.0.1',
      ROLE: 'all',
      ADMIN_API_KEY: BENCH_ADMIN_KEY,
      // The load test is one client at 500 req/s: the service's own limits would refuse it.
      RATE_LIMIT_PER_IP: '0',
      RATE_LIMIT_PER_KEY: '0',
      NO_COLOR: '1', // plain log lines, quoted when a step fails
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk).slice(-OUTPUT_KEPT));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const service: RunningService = {
    baseUrl: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    output: () => output,
    exitStatus: () =>
      child.exitCode !== null
        ? `exited with code ${child.exitCode}`
        : child.signalCode !== null
          ? `was killed by ${child.signalCode}`
          : null,
    peakRssKiB: () => peakRss(child),
    stop: () => stopProcess(child, exited),
  };
  await waitUntilHealthy(service, child);
  return service;
}

async function waitUntilHealthy(service: RunningService, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`The service exited while starting:\n${service.output()}`);
    try {
      const response = await fetch(`${service.baseUrl}/health`, {
        signal: AbortSignal.timeout(2_000),
      });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await service.stop();
      throw new Error(
        `The service was not healthy after ${START_TIMEOUT_MS / 1000} s:\n${service.output()}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function stopProcess(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

function peakRss(child: ChildProcess): number {
  const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
  const kib = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1];
  if (kib === undefined) throw new Error('no VmHWM in /proc/<pid>/status');
  return Number(kib);
}

/** A port already taken would have the bench measure someone else's service. */
export async function assertPortFree(port: number): Promise<void> {
  const { createServer } = await import('node:net');
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', () =>
      reject(new Error(`Port ${port} is in use on 127.0.0.1: pass --port with a free one`)),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

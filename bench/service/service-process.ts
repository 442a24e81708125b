import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { repositoryRoot } from '../repository-root.js';
import { progress } from '../support/log.js';
import { runCommand } from '../support/run-command.js';
import type { BenchResources } from './bench-resources.js';

/** Characters of output kept per process. */
const OUTPUT_KEPT = 20_000;
const START_TIMEOUT_MS = 90_000;
// The service lets in-flight jobs finish for SHUTDOWN_TIMEOUT_MS (25 s by default) on SIGTERM.
const STOP_TIMEOUT_MS = 40_000;
/** What WorkersService logs once it has started a BullMQ worker on every queue. */
const WORKER_READY = 'Processing queues';

/** The two processes of the service as deployed (docker-compose.yml: `api` and `worker`). */
export type ServiceRole = 'api' | 'worker';
const ROLE_NAMES: Record<ServiceRole, string> = { api: 'API', worker: 'worker' };

export interface RunningService {
  baseUrl: string;
  /** The API process first, then the worker process. */
  pids: number[];
  /** The last lines both processes printed, in order, each prefixed [api] or [worker]. */
  output(): string;
  /** How a process ended (either of them), or null while both run. */
  exitStatus(): string | null;
  /** Peak RSS of each process so far (VmHWM, KiB). */
  peakRssKiB(): Record<ServiceRole, number>;
  /** Stops both processes together. */
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

/**
 * Starts the service as deployed, on loopback: `node dist/src/main.js` with `ROLE=api` and
 * `node dist/src/worker.js`, and waits until /health says yes and the worker processes queues.
 */
export async function startService(
  resources: BenchResources,
  port: number,
): Promise<RunningService> {
  const root = repositoryRoot();
  const env = {
    ...process.env,
    DATABASE_URL: resources.databaseUrl,
    REDIS_URL: resources.redisUrl,
    QUEUE_PREFIX: resources.queuePrefix,
    ADMIN_API_KEY: BENCH_ADMIN_KEY,
    NO_COLOR: '1', // plain log lines, quoted when a step fails
  };
  const lines = new OutputLines();
  const workerReady = lines.watch('worker', WORKER_READY);
  // Both boot at once, as in production: migrations run under an advisory lock.
  const api = startProcess('api', join(root, 'dist', 'src', 'main.js'), lines, {
    ...env,
    ROLE: 'api',
    PORT: String(port),
    HOST: '127.0.0.1',
    // The load test is one client at 500 req/s: the service's own limits would refuse it.
    RATE_LIMIT_PER_IP: '0',
    RATE_LIMIT_PER_KEY: '0',
  });
  const worker = startProcess('worker', join(root, 'dist', 'src', 'worker.js'), lines, {
    ...env,
    ROLE: 'worker',
  });
  const processes = [api, worker];
  const service: RunningService = {
    baseUrl: `http://127.0.0.1:${port}`,
    pids: processes.map(({ child }) => child.pid!),
    output: () => lines.text(),
    exitStatus: () => {
      const ended = processes
        .map(({ role, child }) => {
          const status = exitStatus(child);
          return status && `the ${ROLE_NAMES[role]} process ${status}`;
        })
        .filter(Boolean);
      return ended.length ? ended.join('; ') : null;
    },
    peakRssKiB: () => ({ api: peakRss(api.child), worker: peakRss(worker.child) }),
    stop: async () => {
      await Promise.all([worker, api].map(({ child, exited }) => stopProcess(child, exited)));
    },
  };
  try {
    await Promise.all([
      waitUntil(service, () => isHealthy(service.baseUrl), 'the API was not healthy'),
      waitUntil(service, workerReady, `the worker had not logged "${WORKER_READY}"`),
    ]);
  } catch (error) {
    await service.stop();
    throw error;
  }
  return service;
}

interface ServiceProcess {
  role: ServiceRole;
  child: ChildProcess;
  exited: Promise<void>;
}

function startProcess(
  role: ServiceRole,
  script: string,
  lines: OutputLines,
  env: NodeJS.ProcessEnv,
): ServiceProcess {
  const child = spawn(process.execPath, [script], {
    cwd: repositoryRoot(),
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  lines.follow(role, child.stdout!);
  lines.follow(role, child.stderr!);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return { role, child, exited };
}

/** Polls `ready` until it says yes; throws if either process ends or the time is up. */
async function waitUntil(
  service: RunningService,
  ready: () => boolean | Promise<boolean>,
  timedOut: string,
): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    const exit = service.exitStatus();
    if (exit) throw new Error(`While starting the service, ${exit}:\n${service.output()}`);
    if (await ready()) return;
    if (Date.now() > deadline)
      throw new Error(`After ${START_TIMEOUT_MS / 1000} s, ${timedOut}:\n${service.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function isHealthy(baseUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(2_000) });
    return response.ok;
  } catch {
    return false; // not listening yet
  }
}

function exitStatus(child: ChildProcess): string | null {
  if (child.exitCode !== null) return `exited with code ${child.exitCode}`;
  if (child.signalCode !== null) return `was killed by ${child.signalCode}`;
  return null;
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
  if (kib === undefined) throw new Error(`no VmHWM in /proc/${child.pid}/status`);
  return Number(kib);
}

/**
 * The processes' output as whole lines, in the order they arrived, each prefixed with its
 * process; the last OUTPUT_KEPT characters of each process are kept.
 */
class OutputLines {
  private readonly kept: Record<ServiceRole, { order: number; text: string }[]> = {
    api: [],
    worker: [],
  };
  private readonly keptChars: Record<ServiceRole, number> = { api: 0, worker: 0 };
  private readonly watched: { role: ServiceRole; fragment: string; seen: boolean }[] = [];
  private arrived = 0;

  /** Collects a stream of a process; a line cut between chunks waits for its end. */
  follow(role: ServiceRole, stream: Readable): void {
    let partial = '';
    stream.setEncoding('utf8'); // a character cut between chunks arrives whole
    stream.on('data', (chunk: string) => {
      const pieces = (partial + chunk).split('\n');
      partial = pieces.pop()!;
      for (const piece of pieces) this.add(role, piece);
      // A line that never ends is kept only up to the same size.
      if (partial.length > OUTPUT_KEPT) {
        this.add(role, partial.slice(0, OUTPUT_KEPT));
        partial = '';
      }
    });
    stream.on('end', () => {
      if (partial) this.add(role, partial);
    });
  }

  /** Says yes once a line of the process has contained `fragment`, even if trimmed since. */
  watch(role: ServiceRole, fragment: string): () => boolean {
    const watched = {
      role,
      fragment,
      seen: this.kept[role].some((l) => l.text.includes(fragment)),
    };
    this.watched.push(watched);
    return () => watched.seen;
  }

  text(): string {
    return [...this.kept.api, ...this.kept.worker]
      .sort((a, b) => a.order - b.order)
      .map(({ text }) => text)
      .join('\n');
  }

  private add(role: ServiceRole, line: string): void {
    const text = `[${role}] ${line.replace(/\r$/, '')}`;
    for (const watched of this.watched)
      if (watched.role === role && line.includes(watched.fragment)) watched.seen = true;
    const lines = this.kept[role];
    lines.push({ order: this.arrived++, text });
    this.keptChars[role] += text.length + 1;
    while (this.keptChars[role] > OUTPUT_KEPT && lines.length > 1)
      this.keptChars[role] -= lines.shift()!.text.length + 1;
  }
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

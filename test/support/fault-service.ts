import { ChildProcess, execFile, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { promisify } from 'node:util';
import { TEST_ADMIN_KEY } from './test-keys.js';

/** The admin key every process of the fault tests gets, and every request sends. */
export const ADMIN_API_KEY = TEST_ADMIN_KEY;

/**
 * Compiles the service into a folder of the suite's own, as `npm run build` does: suites
 * running side by side never start a process from a file another one is rewriting.
 */
export async function buildFaultService(suite: string): Promise<string> {
  const outDir = `.test-build/faults-${suite}`;
  try {
    await promisify(execFile)('npx', ['tsc', '-p', 'tsconfig.build.json', '--outDir', outDir]);
  } catch (error) {
    // tsc prints its errors on stdout.
    const { stdout } = error as { stdout?: string };
    throw new Error(`The service does not compile:\n${stdout ?? (error as Error).message}`, {
      cause: error,
    });
  }
  return outDir;
}

/** A database of the test's own (created by the service's preflight), named after the run's. */
export function faultDatabaseUrl(label: string): string {
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${url.pathname.slice(1)}_${label}_${randomUUID().slice(0, 8)}`;
  return url.toString();
}

export function faultQueuePrefix(label: string): string {
  return `${process.env.QUEUE_PREFIX}-${label}-${randomUUID().slice(0, 8)}`;
}

/** A port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface FaultProcess {
  name: string;
  child: ChildProcess;
  output: () => string;
  /** Resolves with the exit code, or the signal that ended the process. */
  exited: Promise<number | NodeJS.Signals | null>;
  isRunning: () => boolean;
}

/**
 * Starts a compiled entry point with the test's environment; every process started here is
 * killed by `killAll`, whatever the test did.
 */
export class FaultProcesses {
  private readonly started: FaultProcess[] = [];

  constructor(private readonly buildDir: string) {}

  start(name: string, entry: 'main.js' | 'worker.js', env: Record<string, string>): FaultProcess {
    const child = spawn(process.execPath, [`${this.buildDir}/src/${entry}`], {
      env: { PATH: process.env.PATH, ADMIN_API_KEY, NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (chunk) => (output += chunk));
    child.stderr!.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | NodeJS.Signals | null>((resolve) =>
      child.on('exit', (code, signal) => resolve(code ?? signal)),
    );
    const started: FaultProcess = {
      name,
      child,
      output: () => output,
      exited,
      isRunning: () => child.exitCode === null && child.signalCode === null,
    };
    this.started.push(started);
    return started;
  }

  /** What the processes printed (Nest's boot chatter left out), for a failing test's message. */
  outputs(): string {
    const chatter = /\[(InstanceLoader|RoutesResolver|RouterExplorer|NestFactory)\]/;
    return this.started
      .map((started) => {
        const lines = started.output().split('\n');
        const kept = lines.filter((line) => !chatter.test(line)).join('\n');
        return `----- ${started.name}\n${kept.slice(-6_000)}`;
      })
      .join('\n');
  }

  async killAll(): Promise<void> {
    await Promise.all(
      this.started.map(async (started) => {
        if (!started.isRunning()) return;
        started.child.kill('SIGKILL');
        await started.exited;
      }),
    );
  }
}

/** Resolves once the process prints `text`; rejects if it exits or takes too long. */
export async function waitForOutput(
  service: FaultProcess,
  text: string,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!service.output().includes(text)) {
    if (!service.isRunning()) throw new Error(`${service.name} exited:\n${service.output()}`);
    if (Date.now() > deadline)
      throw new Error(`${service.name}: no "${text}" after ${timeoutMs} ms:\n${service.output()}`);
    await sleep(100);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `probe` until it returns a value other than undefined; a timeout is an error. */
export async function waitUntil<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs: number,
  pollMs = 100,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Still waiting after ${timeoutMs} ms for ${what}`);
    await sleep(pollMs);
  }
}

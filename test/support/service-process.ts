import { ChildProcess, execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';

export const BUILD_DIR = '.test-build';

/** Compiles the service once, as `npm start` does, into a folder of the test run's own. */
export async function buildService(): Promise<void> {
  await promisify(execFile)('npx', ['tsc', '-p', 'tsconfig.build.json', '--outDir', BUILD_DIR]);
}

export interface ServiceProcess {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts a compiled entry point (`main.js` or `worker.js`) with the given environment. */
export function startProcess(
  entry: 'main.js' | 'worker.js',
  env: Record<string, string>,
): ServiceProcess {
  const child = spawn(process.execPath, [`${BUILD_DIR}/src/${entry}`], {
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

/** Resolves once the process prints `text`; rejects if it exits or takes too long. */
export async function waitForOutput(
  service: ServiceProcess,
  text: string,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!service.output().includes(text)) {
    if (service.child.exitCode !== null) throw new Error(`Exited early:\n${service.output()}`);
    if (Date.now() > deadline)
      throw new Error(`No "${text}" after ${timeoutMs} ms:\n${service.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

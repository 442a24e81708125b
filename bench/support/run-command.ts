import { spawn } from 'node:child_process';

export interface CommandOptions {
  timeoutMs: number;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Show the command's output as it runs (on our stderr, so stdout stays for results). */
  echo?: boolean;
}

export interface CommandResult {
  stdout: string;
  stderr: string;
}

const TAIL = 4_000;

/**
 * Runs a command to its end; rejects with the command line, the reason and the end of its
 * output when it fails or overruns its time (it is then killed).
 */
export function runCommand(
  command: string,
  args: readonly string[],
  options: CommandOptions,
): Promise<CommandResult> {
  const line = [command, ...args].join(' ');
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk;
      if (options.echo) process.stderr.write(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk;
      if (options.echo) process.stderr.write(chunk);
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`${line}: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return resolve({ stdout, stderr });
      const why = timedOut
        ? `took more than ${Math.round(options.timeoutMs / 1000)} s and was stopped`
        : `exited with ${code ?? signal}`;
      reject(new Error(`${line} ${why}\n${(stderr || stdout).slice(-TAIL)}`));
    });
  });
}

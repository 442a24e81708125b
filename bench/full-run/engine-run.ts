import { join } from 'node:path';
import { repositoryRoot } from '../repository-root.js';
import { runCommand } from '../support/run-command.js';
import type { EngineRunResult } from './engine-child.js';

const TIMEOUT_MS = 20 * 60_000;

/** Runs the engine's full ranking in a child Node process and returns what it measured. */
export async function runEngineChild(profilesPath: string, topK: number): Promise<EngineRunResult> {
  const child = join(repositoryRoot(), '.bench-build', 'bench', 'full-run', 'engine-child.js');
  const { stdout } = await runCommand(process.execPath, [child, profilesPath, String(topK)], {
    timeoutMs: TIMEOUT_MS,
  });
  return JSON.parse(stdout.trim().split('\n').pop()!) as EngineRunResult;
}

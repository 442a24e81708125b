import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repositoryRoot } from '../repository-root.js';
import { runCommand } from '../support/run-command.js';
import type { EngineRunResult } from './engine-child.js';

const TIMEOUT_MS = 20 * 60_000;

/** The same full ranking spread over several processes started together. */
export interface EngineProcessesResult {
  processes: number;
  /** From the first process's start of the timed part to the last one's end. */
  totalMs: number;
  /** Summed over the processes. */
  cpuMs: number;
  sumMaxRssKiB: number;
  lists: number;
  suggestions: number;
  /** Each process's own figures, in process order. */
  children: EngineRunResult[];
}

/** Runs the engine's full ranking in a child Node process and returns what it measured. */
export async function runEngineChild(
  profilesPath: string,
  topK: number,
  share?: { process: number; processes: number; handoverFolder: string },
): Promise<EngineRunResult> {
  const child = join(repositoryRoot(), '.bench-build', 'bench', 'full-run', 'engine-child.js');
  const args = [child, profilesPath, String(topK)];
  if (share) args.push(String(share.process), String(share.processes), share.handoverFolder);
  const { stdout } = await runCommand(process.execPath, args, { timeoutMs: TIMEOUT_MS });
  return JSON.parse(stdout.trim().split('\n').pop()!) as EngineRunResult;
}

/**
 * As the service's workers do: `processes` children started at once, each building the index
 * and ranking its share of the run's shards, handing over through a folder of their own.
 */
export async function runEngineProcesses(
  profilesPath: string,
  topK: number,
  processes: number,
): Promise<EngineProcessesResult> {
  const handoverFolder = mkdtempSync(join(tmpdir(), 'montagne-match-handovers-'));
  const children = await Promise.all(
    Array.from({ length: processes }, (_, process) =>
      runEngineChild(profilesPath, topK, { process, processes, handoverFolder }),
    ),
  ).finally(() => rmSync(handoverFolder, { recursive: true, force: true }));
  const sum = (figure: (child: EngineRunResult) => number) =>
    children.reduce((total, child) => total + figure(child), 0);
  const shards = children.flatMap((child) => child.shards).sort((a, b) => a - b);
  if (shards.length !== children[0].shardCount || shards.some((shard, i) => shard !== i))
    throw new Error(`The ${processes} engine processes did not rank every shard exactly once`);
  return {
    processes,
    totalMs:
      Math.max(...children.map((child) => child.finishedAt)) -
      Math.min(...children.map((child) => child.startedAt)),
    cpuMs: sum((child) => child.cpuMs),
    sumMaxRssKiB: sum((child) => child.maxRssKiB),
    lists: sum((child) => child.lists),
    suggestions: sum((child) => child.suggestions),
    children,
  };
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateEvent } from '../generator/generate-event.js';
import { mebibytes, milliseconds, thousands } from '../support/format.js';
import { progress } from '../support/log.js';
import { waitForQuietMachine } from '../support/quiet-machine.js';
import { writeBenchInputs } from './bench-inputs.js';
import type { EngineRunResult } from './engine-child.js';
import { EngineProcessesResult, runEngineChild, runEngineProcesses } from './engine-run.js';
import { ensureSklearn, PythonVersions, runSklearn, SklearnRunResult } from './python-sklearn.js';

export const FULL_RUN_TOP_K = 50;

export interface FullRunRow {
  size: number;
  /** The run with the median total time of each side (its breakdown is reported). */
  engine: EngineRunResult;
  engineProcesses: EngineProcessesResult;
  sklearn: SklearnRunResult;
  /** Every run, in order: a shared VM varies by tens of % from one run to the next. */
  engineRuns: EngineRunResult[];
  engineProcessesRuns: EngineProcessesResult[];
  sklearnRuns: SklearnRunResult[];
}

export interface FullRunResults {
  rows: FullRunRow[];
  /** Engine processes of the spread run (the service's workers: one per core by default). */
  processes: number;
  /** The code compiled into .bench-build, which the engine child runs. */
  code: string;
  python: PythonVersions;
  seed: number;
}

/**
 * For each size: one generated event, then `repeat` times the engine in one child process, the
 * engine spread over `processes` child processes, and scikit-learn, in turn, so a slow patch of
 * the machine does not fall on one side only.
 */
export async function runFullRuns(
  sizes: readonly number[],
  seed: number,
  code: string,
  repeat: number,
  processes: number,
): Promise<FullRunResults> {
  const python = await ensureSklearn();
  progress(
    `Python ${python.python}, scikit-learn ${python.sklearn}, SciPy ${python.scipy}, NumPy ${python.numpy}`,
  );
  const folder = mkdtempSync(join(tmpdir(), 'montagne-match-bench-'));
  try {
    const rows: FullRunRow[] = [];
    for (const size of sizes) {
      progress(`full run · ${thousands(size)} participants: generating the event`);
      const { profiles } = generateEvent({ size, seed, groundTruth: false });
      const inputs = writeBenchInputs(folder, profiles, FULL_RUN_TOP_K);
      const engineRuns: EngineRunResult[] = [];
      const engineProcessesRuns: EngineProcessesResult[] = [];
      const sklearnRuns: SklearnRunResult[] = [];
      for (let run = 1; run <= repeat; run++) {
        const label = `full run · ${thousands(size)} · ${run}/${repeat}`;
        await waitForQuietMachine(`the engine at ${thousands(size)}`);
        progress(`${label}: engine (child process)`);
        const engine = await runEngineChild(inputs.profilesPath, FULL_RUN_TOP_K);
        engineRuns.push(engine);
        progress(
          `  engine ${milliseconds(engine.totalMs)}, peak RSS ${mebibytes(engine.maxRssKiB)}`,
        );
        await waitForQuietMachine(`the engine's ${processes} processes at ${thousands(size)}`);
        progress(`${label}: engine (${processes} child processes)`);
        const spread = await runEngineProcesses(inputs.profilesPath, FULL_RUN_TOP_K, processes);
        if (spread.lists !== engine.lists || spread.suggestions !== engine.suggestions)
          throw new Error(
            `The engine's ${processes} processes gave ${spread.lists} lists and ${spread.suggestions} suggestions, one process ${engine.lists} and ${engine.suggestions}`,
          );
        engineProcessesRuns.push(spread);
        progress(
          `  engine × ${processes} ${milliseconds(spread.totalMs)}, peak RSS summed ${mebibytes(spread.sumMaxRssKiB)}`,
        );
        await waitForQuietMachine(`scikit-learn at ${thousands(size)}`);
        progress(`${label}: scikit-learn`);
        const sklearn = await runSklearn(inputs.textsPath);
        sklearnRuns.push(sklearn);
        progress(
          `  scikit-learn ${milliseconds(sklearn.totalMs)}, peak RSS ${mebibytes(sklearn.maxRssKiB)}`,
        );
      }
      rows.push({
        size,
        engine: medianRun(engineRuns),
        engineProcesses: medianRun(engineProcessesRuns),
        sklearn: medianRun(sklearnRuns),
        engineRuns,
        engineProcessesRuns,
        sklearnRuns,
      });
    }
    return { rows, processes, python, seed, code };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The run whose total time is the median (the lower middle one for an even count). */
function medianRun<T extends { totalMs: number }>(runs: readonly T[]): T {
  const sorted = [...runs].sort((a, b) => a.totalMs - b.totalMs);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

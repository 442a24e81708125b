import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type {
  ProgressListener,
  ScheduleProblem,
  ScheduleSolution,
} from '../solver/schedule-problem.js';
import { ScheduleProblemError, solveSchedule } from '../solver/index.js';
import type { SolverThreadMessage } from './solver-thread-message.js';

const THREAD_ENTRY = new URL('./solver-thread.js', import.meta.url);

/**
 * Solves in a worker thread when the compiled thread entry is there (the built service), so a
 * 10-second solve never freezes the API in the same process; in place otherwise (ts-jest runs
 * TypeScript sources, which a worker thread cannot load).
 */
export function runSolver(
  problem: ScheduleProblem,
  onProgress: ProgressListener,
): Promise<ScheduleSolution> {
  if (!existsSync(fileURLToPath(THREAD_ENTRY))) {
    return Promise.resolve(solveSchedule(problem, onProgress));
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(THREAD_ENTRY, { workerData: problem });
    let settled = false;
    worker.on('message', (message: SolverThreadMessage) => {
      if (message.kind === 'progress') onProgress(message.fraction);
      else {
        settled = true;
        if (message.kind === 'solution') resolve(message.solution);
        else if (message.refused) reject(new ScheduleProblemError(message.message));
        else reject(new Error(`Solver failed: ${message.message}`));
        void worker.terminate();
      }
    });
    worker.on('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`Solver thread exited with code ${code}`));
    });
  });
}

import { parentPort, workerData } from 'node:worker_threads';
import type { ScheduleProblem } from '../solver/schedule-problem.js';
import { ScheduleProblemError, solveSchedule } from '../solver/index.js';
import type { SolverThreadMessage } from './solver-thread-message.js';

// Runs the solver off the main thread: the API and BullMQ's lock renewals keep running.
const port = parentPort!;
const post = (message: SolverThreadMessage) => port.postMessage(message);
try {
  const solution = solveSchedule(workerData as ScheduleProblem, (fraction) =>
    post({ kind: 'progress', fraction }),
  );
  post({ kind: 'solution', solution });
} catch (error) {
  post({
    kind: 'error',
    message: (error as Error).message ?? String(error),
    refused: error instanceof ScheduleProblemError,
  });
}

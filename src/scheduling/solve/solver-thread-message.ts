import type { ScheduleSolution } from '../solver/schedule-problem.js';

export type SolverThreadMessage =
  | { kind: 'progress'; fraction: number }
  | { kind: 'solution'; solution: ScheduleSolution }
  /** `refused`: the solver rejected the problem itself; retrying cannot help. */
  | { kind: 'error'; message: string; refused: boolean };

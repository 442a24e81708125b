/** A problem the solver refuses: a locked meeting that cannot stand, a negative table count… */
export class ScheduleProblemError extends Error {
  override name = 'ScheduleProblemError';
}

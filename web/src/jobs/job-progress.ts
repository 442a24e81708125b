/** A job's state as `GET /jobs/:id` gives it, reduced to what a progress bar shows. */
export type JobPhase = 'waiting' | 'active' | 'completed' | 'failed';

export function phaseOf(state: string): JobPhase {
  if (state === 'completed' || state === 'failed' || state === 'active') return state;
  return 'waiting';
}

/** 0–100 from the job's `progress`: a number, or `{ percent }` / `{ done, total }`. */
export function percentOf(progress: unknown, phase: JobPhase): number {
  if (phase === 'completed') return 100;
  let percent = 0;
  if (typeof progress === 'number') percent = progress;
  else if (progress && typeof progress === 'object') {
    const { percent: given, done, total } = progress as Record<string, unknown>;
    if (typeof given === 'number') percent = given;
    else if (typeof done === 'number' && typeof total === 'number' && total > 0) {
      percent = (100 * done) / total;
    }
  }
  return Math.max(0, Math.min(100, Math.round(Number.isFinite(percent) ? percent : 0)));
}

import type { ProgressListener } from './schedule-problem.js';

/** Smallest step worth telling the listener about. */
const STEP = 0.01;

/**
 * Forwards progress to the listener only when it moves forward by a visible step, so that the
 * fractions it sees only increase and a job's progress is not written thousands of times.
 */
export class Progress {
  private last = 0;

  constructor(private readonly listener?: ProgressListener) {}

  report(fraction: number): void {
    if (!this.listener || !(fraction >= this.last + STEP) || fraction > 1) return;
    this.last = fraction;
    this.listener(fraction);
  }

  /** A reporter for a step that covers [from, to] of the whole. */
  span(from: number, to: number): (fraction: number) => void {
    return (fraction) => this.report(from + (to - from) * Math.min(1, Math.max(0, fraction)));
  }

  finish(): void {
    if (this.listener && this.last < 1) {
      this.last = 1;
      this.listener(1);
    }
  }
}

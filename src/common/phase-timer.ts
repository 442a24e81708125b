/** Milliseconds spent in each step of a job, for a debug log line: "index 3 ms, write 40 ms". */
export class PhaseTimer {
  private readonly laps: [string, number][] = [];
  private last = performance.now();

  lap(phase: string): void {
    const now = performance.now();
    this.laps.push([phase, now - this.last]);
    this.last = now;
  }

  toString(): string {
    const total = this.laps.reduce((sum, [, ms]) => sum + ms, 0);
    return `${Math.round(total)} ms (${this.laps.map(([phase, ms]) => `${phase} ${Math.round(ms)}`).join(', ')})`;
  }
}

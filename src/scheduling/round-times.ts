import type { ScheduleBreak } from './schedule-params.js';

export interface RoundTime {
  round: number;
  startsAt: Date;
  endsAt: Date;
}

export interface RoundTiming {
  rounds: number;
  startAt: string;
  roundMinutes: number;
  breakMinutes: number;
  breaks: readonly ScheduleBreak[];
}

const MINUTE_MS = 60_000;

/** When each round starts and ends: rounds back to back with the usual break, plus extra pauses. */
export function roundTimes(timing: RoundTiming): RoundTime[] {
  const extraAfter = new Map<number, number>();
  for (const { afterRound, minutes } of timing.breaks) {
    extraAfter.set(afterRound, (extraAfter.get(afterRound) ?? 0) + minutes);
  }
  const times: RoundTime[] = [];
  let start = Date.parse(timing.startAt);
  for (let round = 1; round <= timing.rounds; round++) {
    const end = start + timing.roundMinutes * MINUTE_MS;
    times.push({ round, startsAt: new Date(start), endsAt: new Date(end) });
    start = end + (timing.breakMinutes + (extraAfter.get(round) ?? 0)) * MINUTE_MS;
  }
  return times;
}

import { loadavg } from 'node:os';
import type { ReplanSolution } from '../../src/scheduling/solver/replan-problem.js';
import { replanFromRound } from '../../src/scheduling/solver/replan-from-round.js';
import type { ScheduleSolution } from '../../src/scheduling/solver/schedule-problem.js';
import { solveSchedule } from '../../src/scheduling/solver/solve-schedule.js';
import { SeededRandom } from '../random/seeded-random.js';
import { progress } from '../support/log.js';
import { InstanceShape, schedulingInstance } from './scheduling-instance.js';

/** One re-planning case: an event, how many are absent, from which round. */
export interface ReplanCase {
  name: string;
  shape: InstanceShape;
  absent: number;
  fromRound: number;
}

export interface ReplanRow {
  name: string;
  shape: InstanceShape;
  participants: number;
  absent: number;
  fromRound: number;
  /** Meetings of rounds ≥ fromRound in the first schedule. */
  meetingsBefore: number;
  first: ScheduleSolution;
  /** Median wall time of the re-plans, and each one's. */
  wallMs: number;
  runsMs: number[];
  cpuRatio: number;
  result: ReplanSolution;
}

export interface ReplanResults {
  rows: ReplanRow[];
  seed: number;
  code: string;
  repeat: number;
  /** 1-minute load average when the part started and ended: the machine is shared. */
  loadBefore: number;
  loadAfter: number;
}

export function replanCases(seed: number): ReplanCase[] {
  const event = { perSide: 300, rounds: 8, topK: 50, missedRounds: null, seed };
  return [
    {
      name: '600, 100 absent, tables for a fifth',
      shape: { ...event, tables: 120 },
      absent: 100,
      fromRound: 5,
    },
    {
      name: '600, 100 absent, a table for every pair',
      shape: { ...event, tables: 300 },
      absent: 100,
      fromRound: 5,
    },
  ];
}

/**
 * The first schedule of each event as solveSchedule gives it, then `absent` people drawn at
 * random who never checked in, and the re-plan from `fromRound` for the others, `repeat` times
 * (it must come out identical every time).
 */
export function runReplanBench(seed: number, repeat: number, code: string): ReplanResults {
  const loadBefore = loadavg()[0];
  const rows = replanCases(seed).map(({ name, shape, absent, fromRound }) => {
    const problem = schedulingInstance(shape);
    const first = solveSchedule(problem);
    const rng = new SeededRandom(seed + 14);
    const away = new Set(rng.sample(problem.participants, absent).map((p) => p.id));
    const present = problem.participants.map((p) => p.id).filter((id) => !away.has(id));
    const runs: { ms: number; cpu: number; result: ReplanSolution }[] = [];
    for (let run = 0; run < repeat; run++) {
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      const result = replanFromRound(problem, first.meetings, { fromRound, present });
      const ms = performance.now() - started;
      const cpu = process.cpuUsage(cpuBefore);
      runs.push({ ms, cpu: (cpu.user + cpu.system) / 1000, result });
      if (JSON.stringify(result) !== JSON.stringify(runs[0].result))
        throw new Error(`replan bench: ${name} gave a different re-plan on run ${run + 1}`);
    }
    const median = [...runs].sort((x, y) => x.ms - y.ms)[Math.floor(runs.length / 2)];
    progress(
      `  replan ${name}: ${Math.round(median.ms)} ms, gap ${(median.result.gap * 100).toFixed(3)} %`,
    );
    return {
      name,
      shape,
      participants: problem.participants.length,
      absent,
      fromRound,
      meetingsBefore: first.meetings.filter((m) => m.round >= fromRound).length,
      first,
      wallMs: median.ms,
      runsMs: runs.map((run) => run.ms),
      cpuRatio: median.cpu / median.ms,
      result: median.result,
    };
  });
  return { rows, seed, code, repeat, loadBefore, loadAfter: loadavg()[0] };
}

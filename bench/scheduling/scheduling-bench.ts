import type {
  ScheduleProblem,
  ScheduleSolution,
} from '../../src/scheduling/solver/schedule-problem.js';
import { solveSchedule } from '../../src/scheduling/solver/solve-schedule.js';
import { progress } from '../support/log.js';
import { InstanceShape, schedulingInstance } from './scheduling-instance.js';

/** One benchmark case: an instance shape and what it is meant to show. */
export interface SchedulingCase {
  name: string;
  shape: InstanceShape;
}

export interface SchedulingRow {
  name: string;
  shape: InstanceShape;
  participants: number;
  candidatePairs: number;
  /** Pairs once both orientations are merged. */
  distinctPairs: number;
  /** Median wall time of the runs, and each run's time. */
  wallMs: number;
  runsMs: number[];
  /** CPU time of this process over wall time, for the median run. */
  cpuRatio: number;
  solution: ScheduleSolution;
  perPerson: { min: number; mean: number; max: number };
  /** Meetings of the schedule that moved or went when one late participant was added. */
  lateRegistration?: { moved: number; meetings: number; lateMeetings: number; wallMs: number };
}

export interface SchedulingResults {
  rows: SchedulingRow[];
  seed: number;
  code: string;
  repeat: number;
}

export function schedulingCases(seed: number): SchedulingCase[] {
  const big = { perSide: 1000, rounds: 12, tables: 400, topK: 50, seed };
  const small = { perSide: 100, rounds: 6, tables: 40, topK: 50, seed };
  return [
    { name: '2,000, full attendance', shape: { ...big, missedRounds: null } },
    { name: '2,000, each misses 2–4 rounds', shape: { ...big, missedRounds: [2, 4] } },
    { name: '200, full attendance', shape: { ...small, missedRounds: null } },
    { name: '200, each misses 1–2 rounds', shape: { ...small, missedRounds: [1, 2] } },
  ];
}

/** Solves each case `repeat` times (the schedule must come out identical every time). */
export function runSchedulingBench(seed: number, repeat: number, code: string): SchedulingResults {
  const rows = schedulingCases(seed).map(({ name, shape }) => {
    const problem = schedulingInstance(shape);
    const runs: { ms: number; cpu: number; solution: ScheduleSolution }[] = [];
    for (let run = 0; run < repeat; run++) {
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      const solution = solveSchedule(problem);
      const ms = performance.now() - started;
      const cpu = process.cpuUsage(cpuBefore);
      runs.push({ ms, cpu: (cpu.user + cpu.system) / 1000, solution });
      if (JSON.stringify(solution) !== JSON.stringify(runs[0].solution))
        throw new Error(`scheduling bench: ${name} gave a different schedule on run ${run + 1}`);
    }
    const median = [...runs].sort((x, y) => x.ms - y.ms)[Math.floor(runs.length / 2)];
    progress(
      `  scheduling ${name}: ${Math.round(median.ms)} ms, gap ${(median.solution.gap * 100).toFixed(3)} %`,
    );
    const row: SchedulingRow = {
      name,
      shape,
      participants: problem.participants.length,
      candidatePairs: problem.candidates.length,
      distinctPairs: new Set(problem.candidates.map((c) => [c.a, c.b].sort().join('|'))).size,
      wallMs: median.ms,
      runsMs: runs.map((run) => run.ms),
      cpuRatio: median.cpu / median.ms,
      solution: median.solution,
      perPerson: meetingsPerPerson(problem, median.solution),
    };
    if (shape.missedRounds === null && shape.perSide >= 1000)
      row.lateRegistration = lateRegistration(problem, median.solution);
    return row;
  });
  return { rows, seed, code, repeat };
}

function meetingsPerPerson(problem: ScheduleProblem, solution: ScheduleSolution) {
  const count = new Map(problem.participants.map((p) => [p.id, 0]));
  for (const m of solution.meetings) {
    count.set(m.a, (count.get(m.a) ?? 0) + 1);
    count.set(m.b, (count.get(m.b) ?? 0) + 1);
  }
  const values = [...count.values()];
  return {
    min: Math.min(...values),
    mean: values.reduce((sum, v) => sum + v, 0) / values.length,
    max: Math.max(...values),
  };
}

/**
 * One more Moroccan participant with a full top-k list, scheduled again with the first schedule
 * as `previous`: how many of its meetings changed pair, round or table.
 */
function lateRegistration(problem: ScheduleProblem, first: ScheduleSolution) {
  const french = problem.participants.filter((p) => p.side === 'FR');
  const late = 'ma-late';
  const candidates = [
    ...problem.candidates,
    ...french.slice(0, 50).map((p, i) => ({
      a: late,
      b: p.id,
      score: Math.round((0.9 - i * 0.006) * 1e4) / 1e4,
      needsInterpreter: false,
    })),
  ];
  const started = performance.now();
  const next = solveSchedule({
    ...problem,
    participants: [...problem.participants, { id: late, side: 'MA' }],
    candidates,
    previous: first.meetings,
  });
  const wallMs = performance.now() - started;
  const place = (m: { a: string; b: string; round: number; table: number }) =>
    `${[m.a, m.b].sort().join('|')}@${m.round}:${m.table}`;
  const kept = new Set(next.meetings.map(place));
  return {
    moved: first.meetings.filter((m) => !kept.has(place(m))).length,
    meetings: first.meetings.length,
    lateMeetings: next.meetings.filter((m) => m.a === late || m.b === late).length,
    wallMs,
  };
}

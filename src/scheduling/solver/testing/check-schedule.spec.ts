import type { ScheduleProblem, ScheduleSolution } from '../schedule-problem.js';
import { solveSchedule } from '../solve-schedule.js';
import { scheduleViolations } from './check-schedule.js';

// The property tests trust this checker: each rule it checks must catch a schedule that breaks it.
const problem: ScheduleProblem = {
  participants: [
    { id: 'fr1', side: 'FR' },
    { id: 'fr2', side: 'FR', availableRounds: [1] },
    { id: 'ma1', side: 'MA' },
    { id: 'ma2', side: 'MA' },
  ],
  candidates: [
    { a: 'fr1', b: 'ma1', score: 0.9, needsInterpreter: false },
    { a: 'fr1', b: 'ma2', score: 0.6, needsInterpreter: false },
    { a: 'fr2', b: 'ma2', score: 0.5, needsInterpreter: true },
    { a: 'fr2', b: 'ma1', score: 0.4, needsInterpreter: false },
  ],
  rounds: 2,
  tables: 2,
  mustNotMeet: [['fr2', 'ma1']],
  locked: [{ a: 'fr1', b: 'ma2', round: 2, table: 2 }],
};
const valid = solveSchedule(problem);

const broken = (change: (solution: ScheduleSolution) => void) => {
  const copy: ScheduleSolution = structuredClone(valid);
  change(copy);
  return scheduleViolations(problem, copy);
};
const free = (s: ScheduleSolution) => s.meetings.find((m) => !m.locked) ?? s.meetings[0];

describe('scheduleViolations', () => {
  it('accepts the solver’s schedule', () => {
    expect(valid.meetings.length).toBeGreaterThanOrEqual(2);
    expect(scheduleViolations(problem, valid)).toEqual([]);
  });

  it.each<[string, (s: ScheduleSolution) => void, RegExp]>([
    [
      'a double booking',
      (s) => s.meetings.push({ ...free(s), table: 9 - free(s).table, b: 'ma2' }),
      /used twice|twice/,
    ],
    ['a table out of range', (s) => (free(s).table = 3), /out of range/],
    ['a round out of range', (s) => (free(s).round = 0), /round out of range/],
    [
      'a moved locked meeting',
      (s) => (s.meetings.find((m) => m.locked)!.table = 1),
      /locked meeting moved/,
    ],
    [
      'a missing locked meeting',
      (s) => (s.meetings = s.meetings.filter((m) => !m.locked)),
      /missing/,
    ],
    [
      'an unavailable participant',
      (s) =>
        s.meetings.push({
          ...free(s),
          a: 'fr2',
          b: 'ma2',
          round: 2,
          table: 1,
          score: 0.5,
          needsInterpreter: true,
        }),
      /not available/,
    ],
    [
      'a must-not-meet pair',
      (s) => s.meetings.push({ ...free(s), a: 'fr2', b: 'ma1', round: 1, table: 2, score: 0.4 }),
      /must not meet/,
    ],
    ['a wrong score', (s) => (free(s).score = 0.1), /score/],
    ['a wrong total', (s) => (s.totalScore += 0.5), /totalScore/],
    ['a bound below the total', (s) => (s.upperBound = s.totalScore - 1), /upperBound/],
    ['a wrong gap', (s) => (s.gap = 0.5), /gap/],
  ])('catches %s', (_, change, message) => {
    expect(broken(change).join('\n')).toMatch(message);
  });

  it('catches a refused interpreter pair', () => {
    const strict = { ...problem, allowInterpreterPairs: false };
    const solution = structuredClone(valid);
    solution.meetings = solution.meetings.filter((m) => m.locked);
    solution.meetings.push({
      round: 1,
      table: 1,
      a: 'fr2',
      b: 'ma2',
      score: 0.5,
      needsInterpreter: true,
      locked: false,
      mustMeet: false,
    });
    solution.totalScore = solution.meetings.reduce((sum, m) => sum + m.score, 0);
    solution.upperBound = solution.totalScore;
    solution.gap = 0;
    expect(scheduleViolations(strict, solution).join('\n')).toMatch(/interpreter/);
  });
});

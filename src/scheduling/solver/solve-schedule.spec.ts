import fc from 'fast-check';
import type { ScheduleProblem, ScheduleSolution } from './schedule-problem.js';
import { solveSchedule } from './solve-schedule.js';
import { scheduleViolations } from './testing/check-schedule.js';
import { allowedPairs } from './testing/brute-force.js';
import { randomProblem, RandomProblemShape } from './testing/random-problem.js';

const shapes: fc.Arbitrary<RandomProblemShape> = fc.record({
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  perSide: fc.integer({ min: 0, max: 9 }),
  rounds: fc.integer({ min: 0, max: 5 }),
  tables: fc.integer({ min: 0, max: 5 }),
  density: fc.double({ min: 0, max: 1, noNaN: true }),
  absence: fc.constantFrom(0, 0, 0.3),
  sameSide: fc.boolean(),
  locked: fc.integer({ min: 0, max: 4 }),
  mustMeet: fc.integer({ min: 0, max: 3 }),
  mustNotMeet: fc.integer({ min: 0, max: 3 }),
  roundScores: fc.boolean(),
  minScore: fc.constantFrom(undefined, 0.3),
  allowInterpreterPairs: fc.constantFrom(undefined, true, false),
  minMeetings: fc.constantFrom(undefined, 0, 2),
  maxMeetings: fc.constantFrom(undefined, 1, 3),
  personalLimits: fc.boolean(),
});

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Whether pair a–b could simply be added: a common round with both free, a free table, both below max. */
function couldAdd(
  problem: ScheduleProblem,
  solution: ScheduleSolution,
  a: string,
  b: string,
): boolean {
  const person = new Map(problem.participants.map((p) => [p.id, p]));
  const count = (id: string) => solution.meetings.filter((m) => m.a === id || m.b === id).length;
  const most = (id: string) =>
    Math.min(person.get(id)?.maxMeetings ?? problem.maxMeetings ?? problem.rounds, problem.rounds);
  if (count(a) >= most(a) || count(b) >= most(b)) return false;
  for (let round = 1; round <= problem.rounds; round++) {
    const here = solution.meetings.filter((m) => m.round === round);
    if (here.length >= problem.tables) continue;
    if (here.some((m) => [m.a, m.b].includes(a) || [m.a, m.b].includes(b))) continue;
    const attends = (id: string) => person.get(id)?.availableRounds?.includes(round) ?? true;
    if (attends(a) && attends(b)) return true;
  }
  return false;
}

describe('solveSchedule on random problems', () => {
  it('keeps every hard rule', () => {
    fc.assert(
      fc.property(shapes, (shape) => {
        const problem = randomProblem(shape);
        expect(scheduleViolations(problem, solveSchedule(problem))).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic and does not depend on the order of the input', () => {
    fc.assert(
      fc.property(shapes, (shape) => {
        const problem = randomProblem(shape);
        const solution = solveSchedule(problem);
        expect(solveSchedule(problem)).toEqual(solution);
        const reordered: ScheduleProblem = {
          ...problem,
          participants: [...problem.participants].reverse(),
          candidates: [...problem.candidates].reverse(),
        };
        expect(solveSchedule(reordered)).toEqual(solution);
      }),
      { numRuns: 150 },
    );
  });

  it('leaves out no must-meet pair, and nobody below their minimum, that could simply be added', () => {
    fc.assert(
      fc.property(shapes, (shape) => {
        const problem = randomProblem(shape);
        const solution = solveSchedule(problem);
        for (const unmet of solution.unmetMustMeet) {
          if (/not a participant|themselves|mustNotMeet|interpreter/.test(unmet.reason)) continue;
          const addable = couldAdd(problem, solution, unmet.a, unmet.b);
          expect({ unmet, addable }).toEqual({ unmet, addable: false });
        }
        const below = new Set(solution.shortfalls.map((s) => s.participantId));
        const met = new Set(solution.meetings.map((m) => pairKey(m.a, m.b)));
        for (const pair of allowedPairs(problem)) {
          if (met.has(pairKey(pair.a, pair.b))) continue;
          if (below.has(pair.a) || below.has(pair.b))
            expect({ pair, addable: couldAdd(problem, solution, pair.a, pair.b) }).toEqual({
              pair,
              addable: false,
            });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('reports exactly the people below their minimum', () => {
    fc.assert(
      fc.property(shapes, (shape) => {
        const problem = randomProblem(shape);
        const solution = solveSchedule(problem);
        const expected = problem.participants
          .map((p) => {
            const most = Math.min(
              p.maxMeetings ?? problem.maxMeetings ?? problem.rounds,
              problem.rounds,
            );
            const minimum = Math.min(p.minMeetings ?? problem.minMeetings ?? 1, most);
            const meetings = solution.meetings.filter((m) => m.a === p.id || m.b === p.id).length;
            return { participantId: p.id, meetings, minimum };
          })
          .filter((s) => s.meetings < s.minimum)
          .sort((x, y) => (x.participantId < y.participantId ? -1 : 1));
        expect(solution.shortfalls.map(({ reason: _, ...rest }) => rest)).toEqual(expected);
      }),
      { numRuns: 200 },
    );
  });

  it('uses the exact method exactly when pairs are bipartite, everyone attends and nothing is locked', () => {
    fc.assert(
      fc.property(shapes, (shape) => {
        const problem = randomProblem({ ...shape, sameSide: false, absence: 0, locked: 0 });
        const solution = solveSchedule(problem);
        expect(solution.method).toBe('exact');
        if (!problem.candidates.some((c) => c.a.slice(0, 2) === c.b.slice(0, 2)))
          expect(solution.gap).toBe(0);
      }),
      { numRuns: 150 },
    );
  });

  it('reports progress in increasing fractions that end at 1', () => {
    fc.assert(
      fc.property(shapes, (shape) => {
        const seen: number[] = [];
        solveSchedule(randomProblem(shape), (fraction) => seen.push(fraction));
        expect(seen.length).toBeGreaterThan(0);
        expect(seen[seen.length - 1]).toBe(1);
        seen.forEach((f, i) => expect(i === 0 || f > seen[i - 1]).toBe(true));
        seen.forEach((f) => expect(f >= 0 && f <= 1).toBe(true));
      }),
      { numRuns: 50 },
    );
  });
});

import fc from 'fast-check';
import { replanFromRound } from './replan-from-round.js';
import { better, orderedValueOf } from './testing/brute-force.js';
import { randomDay, RandomDayShape } from './testing/random-replan.js';
import { bestReplan, openPairs, replanRules } from './testing/replan-oracle.js';

const small: fc.Arbitrary<RandomDayShape> = fc.record({
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  perSide: fc.integer({ min: 2, max: 4 }),
  rounds: fc.integer({ min: 2, max: 4 }),
  tables: fc.integer({ min: 1, max: 3 }),
  density: fc.double({ min: 0.3, max: 0.9, noNaN: true }),
  absence: fc.constantFrom(0, 0.3),
  sameSide: fc.boolean(),
  locked: fc.integer({ min: 0, max: 2 }),
  mustMeet: fc.integer({ min: 0, max: 2 }),
  mustNotMeet: fc.integer({ min: 0, max: 2 }),
  roundScores: fc.constant(false),
  minScore: fc.constantFrom(undefined, 0.3),
  allowInterpreterPairs: fc.constantFrom(undefined, false),
  minMeetings: fc.constantFrom(undefined, 0, 2),
  maxMeetings: fc.constantFrom(undefined, 2),
  personalLimits: fc.boolean(),
  from: fc.double({ min: 0.2, max: 0.999, noNaN: true }),
  presence: fc.constantFrom(0.6, 0.8),
  kept: fc.constantFrom(0, 0.5),
  cancelled: fc.constantFrom(0, 0.3),
  rulesChanged: fc.boolean(),
});

/** Pairs the brute force has to place (the rest is fixed): few enough to try every round for each. */
const MAX_OPEN_PAIRS = 9;

describe('replanFromRound against the brute-force re-plan', () => {
  it('reports a bound no lower than the best re-plan, which is no worse than its own', () => {
    let checked = 0;
    fc.assert(
      fc.property(small, (shape) => {
        const { problem, current, options } = randomDay(shape);
        const rules = replanRules(problem, current, options);
        if (openPairs(rules) > MAX_OPEN_PAIRS) return;
        const result = replanFromRound(problem, current, options);
        const best = bestReplan(rules);
        expect(result.upperBound).toBeGreaterThanOrEqual(best.score - 1e-9);
        expect(better(orderedValueOf(rules.problem, result), best)).toBe(false);
        checked += 1;
      }),
      { numRuns: 300 },
    );
    expect(checked).toBeGreaterThan(100);
  });

  it('reaches the best re-plan score, or comes within the reported gap of it', () => {
    let runs = 0;
    let optimal = 0;
    let solved = 0;
    let best = 0;
    fc.assert(
      fc.property(small, (shape) => {
        // No must-meet pairs and no minimums: the objective is the score alone.
        const day = randomDay({ ...shape, mustMeet: 0, minMeetings: 0, personalLimits: false });
        const { problem, current, options } = day;
        const rules = replanRules(problem, current, options);
        if (openPairs(rules) > MAX_OPEN_PAIRS) return;
        const result = replanFromRound(problem, current, options);
        const optimum = bestReplan(rules, true).score;
        // total ≤ optimum ≤ bound: the optimum lies within the gap the re-plan reports.
        expect(result.totalScore).toBeLessThanOrEqual(optimum + 1e-9);
        expect(result.upperBound).toBeGreaterThanOrEqual(optimum - 1e-9);
        runs += 1;
        if (result.totalScore >= optimum - 1e-9) optimal += 1;
        solved += result.totalScore;
        best += optimum;
      }),
      { numRuns: 300, seed: 20261208 },
    );
    expect(runs).toBeGreaterThan(100);
    // A heuristic around fixed seats, but a good one: nearly always the optimum itself.
    expect(optimal).toBeGreaterThanOrEqual(0.95 * runs);
    expect(best - solved).toBeLessThanOrEqual(0.01 * best);
  });
});

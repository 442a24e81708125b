import fc from 'fast-check';
import { replanFromRound } from './replan-from-round.js';
import { replanViolations } from './testing/check-replan.js';
import { randomDay, RandomDayShape } from './testing/random-replan.js';
import { replanRules } from './testing/replan-oracle.js';

const knobs = {
  seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }),
  perSide: fc.integer({ min: 0, max: 8 }),
  rounds: fc.integer({ min: 1, max: 5 }),
  tables: fc.integer({ min: 0, max: 5 }),
  density: fc.double({ min: 0, max: 1, noNaN: true }),
  absence: fc.constantFrom(0, 0, 0.3),
  sameSide: fc.boolean(),
  locked: fc.integer({ min: 0, max: 3 }),
  mustMeet: fc.integer({ min: 0, max: 3 }),
  mustNotMeet: fc.integer({ min: 0, max: 3 }),
  roundScores: fc.boolean(),
  minScore: fc.constantFrom(undefined, 0.3),
  allowInterpreterPairs: fc.constantFrom(undefined, true, false),
  minMeetings: fc.constantFrom(undefined, 0, 2),
  maxMeetings: fc.constantFrom(undefined, 1, 3),
  personalLimits: fc.boolean(),
  from: fc.double({ min: 0, max: 0.999, noNaN: true }),
  presence: fc.constantFrom(0.5, 0.8, 1),
  kept: fc.constantFrom(0, 0.5),
  cancelled: fc.constantFrom(0, 0.3),
  rulesChanged: fc.boolean(),
};
const days: fc.Arbitrary<RandomDayShape> = fc.record(knobs);
/** Days with meetings to keep: people, tables and pairs enough. */
const busyDays: fc.Arbitrary<RandomDayShape> = fc.record({
  ...knobs,
  perSide: fc.integer({ min: 2, max: 8 }),
  tables: fc.integer({ min: 1, max: 5 }),
  density: fc.double({ min: 0.3, max: 1, noNaN: true }),
});

describe('replanFromRound on random days', () => {
  it('never moves the history, never seats an absentee after fromRound, and keeps every rule', () => {
    const seen = { history: 0, kept: 0, moved: 0, added: 0, absent: 0, noLongerFits: 0 };
    fc.assert(
      fc.property(fc.oneof(days, busyDays), (shape) => {
        const { problem, current, options } = randomDay(shape);
        const result = replanFromRound(problem, current, options);
        expect(replanViolations(problem, current, options, result)).toEqual([]);
        const { changes } = result;
        seen.history += current.filter((m) => m.round < options.fromRound).length;
        seen.kept += changes.kept.length;
        seen.moved += changes.moved.length;
        seen.added += changes.added.length;
        seen.absent += changes.dropped.filter((m) => m.reason === 'absent').length;
        seen.noLongerFits += changes.dropped.filter((m) => m.reason === 'no-longer-fits').length;
      }),
      { numRuns: 400 },
    );
    // The days really exercise every kind of change (about 120, 550, 8, 130, 270, 110 of each).
    for (const count of Object.values(seen)) expect(count).toBeGreaterThan(0);
  });

  it('keeps every meeting of people in the room whose seat still stands, unchanged', () => {
    let standing = 0;
    fc.assert(
      fc.property(busyDays, (shape) => {
        const { problem, current, options } = randomDay(shape);
        const result = replanFromRound(problem, current, options);
        const rules = replanRules(problem, current, options);
        const seat = (m: { a: string; b: string; round: number; table: number }) =>
          `${[m.a, m.b].sort().join('|')}@${m.round}:${m.table}`;
        const kept = new Set(result.changes.kept.map(seat));
        expect(rules.standing.map(seat).filter((s) => !kept.has(s))).toEqual([]);
        standing += rules.standing.length;
      }),
      { numRuns: 300 },
    );
    expect(standing).toBeGreaterThan(300);
  });

  it('is deterministic whatever the order of the current schedule and of the lists', () => {
    fc.assert(
      fc.property(days, (shape) => {
        const { problem, current, options } = randomDay(shape);
        const result = replanFromRound(problem, current, options);
        const shuffled = replanFromRound(problem, [...current].reverse(), {
          ...options,
          present: [...options.present].reverse(),
          keep: [...(options.keep ?? [])].reverse(),
        });
        expect(shuffled).toEqual(result);
      }),
      { numRuns: 100 },
    );
  });
});

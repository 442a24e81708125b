import { ScheduleProblemError } from './schedule-problem-error.js';
import type { CandidatePair, ScheduleProblem, ScheduleSolution } from './schedule-problem.js';
import { solveSchedule } from './solve-schedule.js';
import { scheduleViolations } from './testing/check-schedule.js';
import { randomProblem } from './testing/random-problem.js';

const people = (...ids: string[]) =>
  ids.map((id) => ({ id, side: id.startsWith('fr') ? 'FR' : 'MA' }));
const pair = (a: string, b: string, score: number, needsInterpreter = false): CandidatePair => ({
  a,
  b,
  score,
  needsInterpreter,
});
const meets = (solution: ScheduleSolution, a: string, b: string) =>
  solution.meetings.find((m) => (m.a === a && m.b === b) || (m.a === b && m.b === a));

describe('solveSchedule rules', () => {
  it('keeps the best score of a pair listed in both orientations, and ignores strangers', () => {
    const solution = solveSchedule({
      participants: people('fr1', 'ma1'),
      candidates: [pair('fr1', 'ma1', 0.4), pair('ma1', 'fr1', 0.7), pair('fr1', 'ghost', 1)],
      rounds: 2,
      tables: 1,
    });
    expect(solution.meetings).toEqual([
      {
        round: 1,
        table: 1,
        a: 'ma1',
        b: 'fr1',
        score: 0.7,
        needsInterpreter: false,
        locked: false,
        mustMeet: false,
      },
    ]);
    expect(solution.totalScore).toBe(0.7);
  });

  it('leaves out must-not-meet pairs, interpreter pairs when refused, and pairs below the minimum score', () => {
    const problem: ScheduleProblem = {
      participants: people('fr1', 'fr2', 'fr3', 'ma1', 'ma2', 'ma3'),
      candidates: [pair('fr1', 'ma1', 0.9), pair('fr2', 'ma2', 0.9, true), pair('fr3', 'ma3', 0.1)],
      rounds: 1,
      tables: 3,
      mustNotMeet: [['ma1', 'fr1']],
      allowInterpreterPairs: false,
      minScore: 0.2,
    };
    expect(solveSchedule(problem).meetings).toEqual([]);
    const relaxed = solveSchedule({
      ...problem,
      mustNotMeet: [],
      allowInterpreterPairs: undefined,
      minScore: 0,
    });
    expect(relaxed.meetings).toHaveLength(3);
  });

  it('schedules must-meet pairs: below the minimum score, or with score 0 when not candidates', () => {
    const solution = solveSchedule({
      participants: people('fr1', 'fr2', 'ma1', 'ma2'),
      candidates: [pair('ma1', 'fr1', 0.1), pair('fr1', 'ma2', 0.9), pair('fr2', 'ma1', 0.9)],
      rounds: 1,
      tables: 2,
      minScore: 0.5,
      mustMeet: [
        ['fr1', 'ma1'],
        ['fr2', 'ma2'],
      ],
    });
    expect(meets(solution, 'fr1', 'ma1')).toMatchObject({ score: 0.1, mustMeet: true });
    expect(meets(solution, 'fr2', 'ma2')).toMatchObject({
      score: 0,
      mustMeet: true,
      needsInterpreter: false,
    });
    expect(solution.unmetMustMeet).toEqual([]);
  });

  it('says why a must-meet pair could not be placed', () => {
    const solution = solveSchedule({
      participants: [
        ...people('fr1', 'fr2', 'ma1', 'ma3'),
        { id: 'ma2', side: 'MA', availableRounds: [2] },
        { id: 'fr3', side: 'FR', availableRounds: [1] },
      ],
      candidates: [pair('fr1', 'ma1', 0.5, true)],
      rounds: 2,
      tables: 5,
      maxMeetings: 1,
      allowInterpreterPairs: false,
      mustNotMeet: [['fr2', 'ma3']],
      mustMeet: [
        ['fr1', 'nobody'],
        ['fr1', 'ma1'],
        ['fr2', 'ma3'],
        ['fr3', 'ma2'],
        ['fr2', 'fr2'],
        ['ma3', 'fr1'],
        ['ma3', 'fr3'],
      ],
    });
    const reasons = Object.fromEntries(
      solution.unmetMustMeet.map((u) => [`${u.a}-${u.b}`, u.reason]),
    );
    expect(reasons['fr1-nobody']).toMatch(/not a participant/);
    expect(reasons['fr1-ma1']).toMatch(/interpreter/);
    expect(reasons['fr2-ma3']).toMatch(/mustNotMeet/);
    expect(reasons['fr3-ma2']).toMatch(/no round that both attend/);
    expect(reasons['fr2-fr2']).toMatch(/themselves/);
    // ma3 can meet only one of fr1 and fr3 (maximum 1): the other is reported with that reason.
    expect(Object.keys(reasons).filter((k) => k.startsWith('ma3-'))).toHaveLength(1);
    expect(Object.entries(reasons).find(([k]) => k.startsWith('ma3-'))?.[1]).toMatch(
      /maximum of 1/,
    );
  });

  it('keeps locked meetings where they are and counts them, even when scheduling around them', () => {
    const problem: ScheduleProblem = {
      participants: people('fr1', 'fr2', 'ma1', 'ma2'),
      candidates: [
        pair('fr1', 'ma1', 0.2),
        pair('fr1', 'ma2', 0.9),
        pair('fr2', 'ma1', 0.9),
        pair('fr2', 'ma2', 0.3),
      ],
      rounds: 2,
      tables: 3,
      maxMeetings: 1,
      locked: [{ a: 'fr1', b: 'ma1', round: 2, table: 3 }],
    };
    const solution = solveSchedule(problem);
    expect(meets(solution, 'fr1', 'ma1')).toMatchObject({
      round: 2,
      table: 3,
      locked: true,
      score: 0.2,
    });
    expect(meets(solution, 'fr2', 'ma2')).toBeDefined();
    expect(solution.meetings).toHaveLength(2);
    expect(solution.totalScore).toBeCloseTo(0.5, 12);
    expect(solution.method).toBe('heuristic');
  });

  it('refuses locked meetings that cannot stand, and bad counts', () => {
    const base: ScheduleProblem = {
      participants: people('fr1', 'fr2', 'ma1'),
      candidates: [],
      rounds: 2,
      tables: 2,
    };
    const lock = (a: string, b: string, round: number, table: number) => ({ a, b, round, table });
    for (const locked of [
      [lock('fr1', 'ghost', 1, 1)],
      [lock('fr1', 'ma1', 3, 1)],
      [lock('fr1', 'ma1', 1, 0)],
      [lock('fr1', 'ma1', 1, 1), lock('fr2', 'ma1', 1, 2)],
      [lock('fr1', 'ma1', 1, 1), lock('fr2', 'fr1', 2, 1), lock('ma1', 'fr2', 1, 1)],
      [lock('fr1', 'ma1', 1, 1), lock('ma1', 'fr1', 2, 1)],
    ])
      expect(() => solveSchedule({ ...base, locked })).toThrow(ScheduleProblemError);
    expect(() => solveSchedule({ ...base, rounds: -1 })).toThrow(ScheduleProblemError);
    expect(() => solveSchedule({ ...base, tables: 1.5 })).toThrow(ScheduleProblemError);
  });

  it('gives everyone with partners a meeting before giving others their best ones', () => {
    // fr1 and fr2 both like ma1 best; ma2 only has fr1, weakly. One round, two tables.
    const problem: ScheduleProblem = {
      participants: people('fr1', 'fr2', 'ma1', 'ma2'),
      candidates: [pair('fr1', 'ma1', 0.9), pair('fr2', 'ma1', 0.8), pair('fr1', 'ma2', 0.1)],
      rounds: 1,
      tables: 2,
    };
    const fair = solveSchedule(problem);
    expect(fair.meetings.map((m) => `${m.a}-${m.b}`).sort()).toEqual(['fr1-ma2', 'fr2-ma1']);
    expect(fair.shortfalls).toEqual([]);
    expect(fair.gap).toBe(0);
    const greedy = solveSchedule({ ...problem, minMeetings: 0 });
    expect(greedy.totalScore).toBe(0.9);
    // The same with the heuristic: a second round nobody attends takes the exact method away.
    const heuristic = solveSchedule({
      ...problem,
      rounds: 2,
      participants: problem.participants.map((p) => ({ ...p, availableRounds: [1] })),
    });
    expect(heuristic.method).toBe('heuristic');
    expect(heuristic.meetings.map((m) => `${m.a}-${m.b}`).sort()).toEqual(['fr1-ma2', 'fr2-ma1']);
  });

  it('honours per-person minimum and maximum overrides', () => {
    const solution = solveSchedule({
      participants: [
        { id: 'fr1', side: 'FR', maxMeetings: 1 },
        { id: 'fr2', side: 'FR', minMeetings: 2 },
        ...people('ma1', 'ma2', 'ma3'),
      ],
      candidates: [
        pair('fr1', 'ma1', 0.9),
        pair('fr1', 'ma2', 0.9),
        pair('fr1', 'ma3', 0.9),
        pair('fr2', 'ma1', 0.1),
        pair('fr2', 'ma2', 0.1),
      ],
      rounds: 3,
      tables: 3,
      minMeetings: 0,
    });
    const count = (id: string) => solution.meetings.filter((m) => m.a === id || m.b === id).length;
    expect(count('fr1')).toBe(1);
    expect(count('fr2')).toBe(2);
  });

  it('explains each shortfall', () => {
    const solution = solveSchedule({
      participants: [
        { id: 'fr1', side: 'FR', availableRounds: [1] },
        ...people('fr2', 'fr3', 'ma1', 'ma2'),
      ],
      candidates: [
        pair('fr1', 'ma1', 0.5),
        pair('fr2', 'ma1', 0.9),
        pair('fr3', 'ma1', 0.9),
        pair('fr3', 'ma2', 0.9),
      ],
      rounds: 2,
      tables: 1,
      minMeetings: 2,
    });
    const reason = Object.fromEntries(solution.shortfalls.map((s) => [s.participantId, s.reason]));
    expect(reason).toMatchObject({
      fr1: 'too-few-rounds-available',
      fr2: 'too-few-acceptable-partners',
      ma2: 'too-few-acceptable-partners',
    });
    expect(Object.values(reason)).toContain('partners-or-tables-taken');
    expect(
      scheduleViolations(
        {
          participants: [
            { id: 'fr1', side: 'FR', availableRounds: [1] },
            ...people('fr2', 'fr3', 'ma1', 'ma2'),
          ],
          candidates: [
            pair('fr1', 'ma1', 0.5),
            pair('fr2', 'ma1', 0.9),
            pair('fr3', 'ma1', 0.9),
            pair('fr3', 'ma2', 0.9),
          ],
          rounds: 2,
          tables: 1,
          minMeetings: 2,
        },
        solution,
      ),
    ).toEqual([]);
  });

  it('handles pairs within one side (odd cycles) with the heuristic and a bound', () => {
    const problem: ScheduleProblem = {
      participants: people('fr1', 'fr2', 'fr3'),
      candidates: [pair('fr1', 'fr2', 0.9), pair('fr2', 'fr3', 0.8), pair('fr1', 'fr3', 0.7)],
      rounds: 3,
      tables: 1,
    };
    const solution = solveSchedule(problem);
    expect(solution.method).toBe('heuristic');
    expect(solution.meetings).toHaveLength(3);
    expect(solution.totalScore).toBeCloseTo(2.4, 12);
    expect(solution.gap).toBe(0);
    expect(scheduleViolations(problem, solution)).toEqual([]);
  });

  it('numbers tables 1..k in each round of an exact schedule', () => {
    const solution = solveSchedule(
      randomProblem({
        seed: 7,
        perSide: 8,
        rounds: 3,
        tables: 6,
        density: 0.5,
        absence: 0,
        sameSide: false,
        locked: 0,
        mustMeet: 0,
        mustNotMeet: 0,
        roundScores: true,
      }),
    );
    for (let round = 1; round <= 3; round++) {
      const tables = solution.meetings.filter((m) => m.round === round).map((m) => m.table);
      expect(tables).toEqual(tables.map((_, i) => i + 1));
    }
  });
});

describe('regenerating with a previous schedule', () => {
  const base = randomProblem({
    seed: 11,
    perSide: 30,
    rounds: 6,
    tables: 20,
    density: 0.3,
    absence: 0,
    sameSide: false,
    locked: 0,
    mustMeet: 0,
    mustNotMeet: 0,
    roundScores: false,
  });
  const withLatecomer: ScheduleProblem = {
    ...base,
    participants: [...base.participants, { id: 'ma-late', side: 'MA' }],
    candidates: [
      ...base.candidates,
      ...base.participants
        .filter((p) => p.side === 'FR')
        .slice(0, 12)
        .map((p, i) => pair(p.id, 'ma-late', 0.5 + i / 30)),
    ],
  };
  const first = solveSchedule(base);
  const kept = (next: ScheduleSolution) => {
    const same = new Set(
      next.meetings.map((m) => [m.a, m.b].sort().join('|') + `@${m.round}:${m.table}`),
    );
    return first.meetings.filter((m) =>
      same.has([m.a, m.b].sort().join('|') + `@${m.round}:${m.table}`),
    ).length;
  };

  it('moves few meetings when one participant registers late', () => {
    const next = solveSchedule({ ...withLatecomer, previous: first.meetings });
    expect(scheduleViolations(withLatecomer, next)).toEqual([]);
    expect(next.meetings.some((m) => m.a === 'ma-late' || m.b === 'ma-late')).toBe(true);
    // The latecomer takes up to six meetings (all tables are full): each displaces one, a few more move.
    expect(first.meetings.length - kept(next)).toBeLessThanOrEqual(12);
  });

  it('would move many more without it', () => {
    const fresh = solveSchedule(withLatecomer);
    const next = solveSchedule({ ...withLatecomer, previous: first.meetings });
    expect(kept(fresh)).toBeLessThan(kept(next) - 30);
  });

  it('keeps the same schedule when nothing changed', () => {
    const again = solveSchedule({ ...base, previous: first.meetings });
    expect(kept(again)).toBe(first.meetings.length);
    expect(again.totalScore).toBe(first.totalScore);
  });
});

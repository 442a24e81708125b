import { replanFromRound } from './replan-from-round.js';
import type { SeatedMeeting } from './replan-problem.js';
import { ScheduleProblemError } from './schedule-problem-error.js';
import type { ScheduleProblem } from './schedule-problem.js';

const people = (...ids: string[]) =>
  ids.map((id) => ({ id, side: id.startsWith('fr') ? 'FR' : 'MA' }));
const seat = (a: string, b: string, round: number, table: number): SeatedMeeting => ({
  a,
  b,
  round,
  table,
});
const pairs = (m: readonly SeatedMeeting[]) =>
  m.map((x) => `${x.a}–${x.b}@${x.round}:${x.table}`).sort();

const problem: ScheduleProblem = {
  participants: people('fr1', 'fr2', 'ma1', 'ma2', 'ma3'),
  candidates: [
    { a: 'fr1', b: 'ma1', score: 0.9, needsInterpreter: false },
    { a: 'fr2', b: 'ma2', score: 0.8, needsInterpreter: false },
    { a: 'fr1', b: 'ma2', score: 0.7, needsInterpreter: true },
    { a: 'fr2', b: 'ma1', score: 0.6, needsInterpreter: false },
    { a: 'fr1', b: 'ma3', score: 0.5, needsInterpreter: false },
    { a: 'fr2', b: 'ma3', score: 0.4, needsInterpreter: false },
  ],
  rounds: 3,
  tables: 2,
};
const everyone = ['fr1', 'fr2', 'ma1', 'ma2', 'ma3'];

describe('replanFromRound rules', () => {
  // fr1's partner of round 2 is absent; fr1's best partner, ma1, is free then but met fr1 in round 1.
  const current = [
    seat('fr1', 'ma1', 1, 1),
    seat('fr2', 'ma2', 1, 2),
    seat('fr1', 'ma2', 2, 1),
    seat('fr2', 'ma3', 2, 2),
    seat('fr2', 'ma1', 3, 1),
  ];
  const withoutMa2 = { fromRound: 2, present: everyone.filter((id) => id !== 'ma2') };

  it('keeps the history and the seats of people in the room, and seats a partner without a pair meeting twice', () => {
    const result = replanFromRound(problem, current, withoutMa2);
    expect(pairs(result.meetings)).toEqual(
      pairs([...current.filter((m) => m.round !== 2 || m.a !== 'fr1'), seat('fr1', 'ma3', 3, 2)]),
    );
    expect(pairs(result.changes.kept)).toEqual(
      pairs([seat('fr2', 'ma3', 2, 2), seat('fr2', 'ma1', 3, 1)]),
    );
    expect(result.changes.moved).toEqual([]);
    expect(result.changes.added).toEqual([
      {
        a: 'fr1',
        b: 'ma3',
        round: 3,
        table: 2,
        score: 0.5,
        needsInterpreter: false,
        locked: false,
        mustMeet: false,
      },
    ]);
    expect(result.changes.dropped).toEqual([{ ...seat('fr1', 'ma2', 2, 1), reason: 'absent' }]);
    expect(result.changes.affected).toEqual(['fr1', 'ma2', 'ma3']);
    // Rounds 2 and 3 only: 0.4 + 0.6 + 0.5, and nothing better exists.
    expect(result.totalScore).toBeCloseTo(1.5, 12);
    expect(result.upperBound).toBeGreaterThanOrEqual(result.totalScore);
    expect(result.upperBound).toBeLessThan(1.5 + 1e-5);
  });

  it('keeps an absentee in the rounds ahead when the organiser asks', () => {
    const result = replanFromRound(problem, current, { ...withoutMa2, keep: ['ma2'] });
    // Every seat stays; the one free seat left in round 3 is filled as well.
    expect(pairs(result.meetings)).toEqual(pairs([...current, seat('fr1', 'ma3', 3, 2)]));
    expect(result.changes.kept).toHaveLength(3);
    expect(result.changes.dropped).toEqual([]);
    expect(result.changes.affected).toEqual(['fr1', 'ma3']);
    // The interpreter flag comes from the candidates, as in any schedule.
    expect(result.meetings.find((m) => m.b === 'ma2' && m.round === 2)?.needsInterpreter).toBe(
      true,
    );
  });

  it('counts the history towards each maximum', () => {
    const capped = {
      ...problem,
      participants: problem.participants.map((p) =>
        p.id === 'fr1' ? { ...p, maxMeetings: 1 } : p,
      ),
    };
    const result = replanFromRound(capped, current, withoutMa2);
    expect(result.changes.added).toEqual([]);
    expect(result.meetings.filter((m) => m.a === 'fr1' || m.b === 'fr1')).toHaveLength(1);

    // fr2 now wants two meetings: round 1's and round 2's stay, round 3's goes.
    const tired = {
      ...problem,
      participants: problem.participants.map((p) =>
        p.id === 'fr2' ? { ...p, maxMeetings: 2 } : p,
      ),
    };
    const fewer = replanFromRound(tired, current, withoutMa2);
    expect(fewer.changes.dropped).toContainEqual({
      ...seat('fr2', 'ma1', 3, 1),
      reason: 'no-longer-fits',
    });
    expect(fewer.changes.kept).toContainEqual(seat('fr2', 'ma3', 2, 2));
  });

  it('moves a pair whose seat no longer stands, and drops a pair that may no longer meet', () => {
    const before = [seat('fr1', 'ma1', 1, 1), seat('fr2', 'ma3', 2, 1), seat('fr1', 'ma2', 3, 1)];
    // fr1 now leaves after round 2.
    const leaving = {
      ...problem,
      participants: problem.participants.map((p) =>
        p.id === 'fr1' ? { ...p, availableRounds: [1, 2] } : p,
      ),
    };
    const moved = replanFromRound(leaving, before, { fromRound: 2, present: everyone });
    expect(moved.changes.kept).toEqual([seat('fr2', 'ma3', 2, 1)]);
    expect(moved.changes.moved).toEqual([
      { a: 'fr1', b: 'ma2', from: { round: 3, table: 1 }, to: { round: 2, table: 2 } },
    ]);
    expect(pairs(moved.changes.added)).toEqual(pairs([seat('fr2', 'ma2', 3, 1)]));
    expect(moved.changes.dropped).toEqual([]);

    const banned = replanFromRound({ ...leaving, mustNotMeet: [['ma2', 'fr1']] }, before, {
      fromRound: 2,
      present: everyone,
    });
    expect(banned.changes.dropped).toEqual([
      { ...seat('fr1', 'ma2', 3, 1), reason: 'no-longer-fits' },
    ]);
    expect(banned.meetings.some((m) => m.a === 'fr1' && m.b === 'ma2')).toBe(false);
  });

  it('keeps a history held at a table that has gone since, and counts it towards minimums', () => {
    const oneTable = { ...problem, tables: 1, minMeetings: 2 };
    const result = replanFromRound(oneTable, current, withoutMa2);
    expect(pairs(result.meetings.filter((m) => m.round === 1))).toEqual(
      pairs(current.filter((m) => m.round === 1)),
    );
    expect(result.meetings.filter((m) => m.round > 1).every((m) => m.table === 1)).toBe(true);
    // Every shortfall counts the meeting of round 1 too.
    for (const shortfall of result.shortfalls) {
      const had = result.meetings.filter((m) => [m.a, m.b].includes(shortfall.participantId));
      expect(shortfall).toMatchObject({ meetings: had.length, minimum: 2 });
    }
    expect(result.shortfalls.length).toBeGreaterThan(0);
  });

  it('reports a must-meet pair with an absentee as unmet, saying who is absent', () => {
    const result = replanFromRound({ ...problem, mustMeet: [['fr2', 'ma2']] }, [], withoutMa2);
    expect(result.unmetMustMeet).toEqual([{ a: 'fr2', b: 'ma2', reason: 'ma2 is absent' }]);
    expect(result.shortfalls.map((s) => s.participantId)).not.toContain('ma2');
  });

  it('refuses a bad round, unknown people and a history that cannot stand', () => {
    for (const fromRound of [0, 4, 1.5])
      expect(() => replanFromRound(problem, current, { fromRound, present: everyone })).toThrow(
        ScheduleProblemError,
      );
    expect(() =>
      replanFromRound(problem, current, { fromRound: 2, present: ['fr1', 'ghost'] }),
    ).toThrow('present: ghost is not a participant');
    expect(() =>
      replanFromRound(problem, current, { fromRound: 2, present: everyone, keep: ['nobody'] }),
    ).toThrow('keep: nobody is not a participant');
    expect(() =>
      replanFromRound(problem, [seat('fr1', 'ma1', 1, 1), seat('fr2', 'ma2', 1, 1)], {
        fromRound: 2,
        present: everyone,
      }),
    ).toThrow(
      'history: meeting fr2–ma2 (round 1, table 1): the table is already taken in that round',
    );
  });
});

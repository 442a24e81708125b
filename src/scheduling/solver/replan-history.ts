import { allowedPairs } from './allowed-pairs.js';
import type { SeatedMeeting } from './replan-problem.js';
import type { ScheduledMeeting, ScheduleProblem } from './schedule-problem.js';
import { ScheduleProblemError } from './schedule-problem-error.js';

export const pairKeyOf = (m: { a: string; b: string }) =>
  m.a < m.b ? `${m.a}\u0000${m.b}` : `${m.b}\u0000${m.a}`;

/** What the rounds already held leave to the rounds ahead. */
export interface ReplanHistory {
  meetings: SeatedMeeting[];
  /** Pairs that met: never again. */
  met: Set<string>;
  /** Meetings each person has had. */
  meetingsOf: Map<string, number>;
}

/**
 * The meetings of rounds before fromRound, as they happened. Their tables are not checked
 * against today's count (a table may have gone since); a person or table twice in a round, a
 * pair twice, or a stranger means the schedule given is not one the event can have had.
 */
export function replanHistory(
  problem: ScheduleProblem,
  current: readonly SeatedMeeting[],
  fromRound: number,
): ReplanHistory {
  const known = new Set(problem.participants.map((p) => p.id));
  const meetings = current.filter((m) => m.round < fromRound);
  const seats = new Set<string>();
  const met = new Set<string>();
  const meetingsOf = new Map<string, number>();
  for (const m of meetings) {
    const refuse = (why: string) =>
      new ScheduleProblemError(
        `history: meeting ${m.a}–${m.b} (round ${m.round}, table ${m.table}): ${why}`,
      );
    for (const id of [m.a, m.b]) if (!known.has(id)) throw refuse(`${id} is not a participant`);
    if (m.a === m.b) throw refuse('a participant cannot meet themselves');
    if (!Number.isInteger(m.round) || m.round < 1)
      throw refuse('the round is not a whole number ≥ 1');
    if (met.has(pairKeyOf(m))) throw refuse('the pair meets twice');
    met.add(pairKeyOf(m));
    for (const seat of [`t${m.round}:${m.table}`, `p${m.round}:${m.a}`, `p${m.round}:${m.b}`]) {
      if (seats.has(seat))
        throw refuse(
          `${seat.startsWith('t') ? 'the table' : 'a participant'} is already taken in that round`,
        );
      seats.add(seat);
    }
    for (const id of [m.a, m.b]) meetingsOf.set(id, (meetingsOf.get(id) ?? 0) + 1);
  }
  return { meetings, met, meetingsOf };
}

/** The history as scheduled meetings: scores and flags read from the problem as for any meeting. */
export function scoredHistory(
  problem: ScheduleProblem,
  history: readonly SeatedMeeting[],
): ScheduledMeeting[] {
  const ids = [...new Set(problem.participants.map((p) => p.id))];
  const index = new Map(ids.map((id, i) => [id, i]));
  const n = ids.length;
  const key = (i: number, j: number) => (i < j ? i * n + j : j * n + i);
  const { facts } = allowedPairs(problem, index, key, new Set());
  const mustMeet = new Set((problem.mustMeet ?? []).map(([a, b]) => pairKeyOf({ a, b })));
  const locked = new Set(
    (problem.locked ?? []).map((m) => `${pairKeyOf(m)}@${m.round}:${m.table}`),
  );
  return history.map((m) => {
    const pair = facts.get(key(index.get(m.a) as number, index.get(m.b) as number));
    return {
      round: m.round,
      table: m.table,
      a: m.a,
      b: m.b,
      score: pair?.score ?? 0,
      needsInterpreter: pair?.needsInterpreter ?? false,
      locked: locked.has(`${pairKeyOf(m)}@${m.round}:${m.table}`),
      mustMeet: mustMeet.has(pairKeyOf(m)),
    };
  });
}

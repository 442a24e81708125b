import { participantLimits } from './participant-limits.js';
import { allowedPairs } from './allowed-pairs.js';
import { pairKeyOf, ReplanHistory, replanHistory } from './replan-history.js';
import type { ReplanOptions, SeatedMeeting } from './replan-problem.js';
import type { LockedMeeting, ScheduleProblem } from './schedule-problem.js';
import { ScheduleProblemError } from './schedule-problem-error.js';

/** The re-plan as an ordinary schedule problem of rounds ≥ fromRound, and what was decided on the way. */
export interface ReplanConstraints {
  /** Rounds before fromRound closed, history's pairs and meetings taken off, kept seats locked. */
  problem: ScheduleProblem;
  /** Present or kept. */
  attending: ReadonlySet<string>;
  history: ReplanHistory;
  /** Meetings of rounds ≥ fromRound that stay where they are. */
  seatsKept: SeatedMeeting[];
}

/**
 * The rounds ahead as a schedule problem of their own: nobody attends a round before fromRound
 * (absentees attend none), the pairs that met are no longer candidates nor must-meet pairs, and
 * each person's maximum and minimum are lowered by the meetings they had. A meeting of rounds
 * ≥ fromRound whose two people attend stays locked at its seat when the seat still stands under
 * the problem's rules (in round and table order, so a clash keeps the earlier one); the others
 * are only hints, so a pair whose seat no longer stands may meet elsewhere. The problem's own
 * locked meetings of rounds ≥ fromRound stay locked when both people attend.
 */
export function replanConstraints(
  problem: ScheduleProblem,
  current: readonly SeatedMeeting[],
  options: ReplanOptions,
): ReplanConstraints {
  const { fromRound } = options;
  if (!Number.isInteger(fromRound) || fromRound < 1 || fromRound > problem.rounds)
    throw new ScheduleProblemError(
      `fromRound must be a round between 1 and ${problem.rounds} (got ${fromRound})`,
    );
  const known = new Set(problem.participants.map((p) => p.id));
  for (const [name, ids] of [
    ['present', options.present],
    ['keep', options.keep ?? []],
  ] as const)
    for (const id of ids)
      if (!known.has(id)) throw new ScheduleProblemError(`${name}: ${id} is not a participant`);
  const attending = new Set([...options.present, ...(options.keep ?? [])]);
  const attends = (m: SeatedMeeting) => attending.has(m.a) && attending.has(m.b);

  const history = replanHistory(problem, current, fromRound);
  const { met, meetingsOf } = history;
  const limits = participantLimits(problem.participants, problem.rounds, problem);
  const lockedLater = (problem.locked ?? []).filter(
    (m) => m.round >= fromRound && attends(m) && !met.has(pairKeyOf(m)),
  );
  const closed: ScheduleProblem = {
    ...problem,
    participants: problem.participants.map((person) => {
      const i = limits.index.get(person.id) as number;
      const had = meetingsOf.get(person.id) ?? 0;
      return {
        ...person,
        availableRounds: attending.has(person.id)
          ? roundsFrom(fromRound, problem.rounds, person.availableRounds)
          : [],
        maxMeetings: Math.max(0, limits.maxMeetings[i] - had),
        minMeetings: Math.max(0, limits.minMeetings[i] - had),
      };
    }),
    candidates: problem.candidates.filter((pair) => !met.has(pairKeyOf(pair))),
    mustMeet: problem.mustMeet?.filter(([a, b]) => !met.has(pairKeyOf({ a, b }))),
    locked: lockedLater.map(seatOf),
    previous: undefined,
  };

  // What the seats of rounds ≥ fromRound must not break, starting from the locked meetings.
  const { index, available } = limits;
  const { rounds, tables } = problem;
  const n = limits.ids.length;
  const key = (i: number, j: number) => (i < j ? i * n + j : j * n + i);
  const lockedKeys = new Set<number>();
  const taken = new Set<string>();
  const meetings = new Int32Array(n);
  const maxMeetings = limits.maxMeetings.map((most, i) =>
    Math.max(0, most - (meetingsOf.get(limits.ids[i]) ?? 0)),
  );
  const take = (m: SeatedMeeting, i: number, j: number) => {
    taken.add(`t${m.round}:${m.table}`).add(`p${m.round}:${i}`).add(`p${m.round}:${j}`);
    meetings[i] += 1;
    meetings[j] += 1;
  };
  for (const m of lockedLater) {
    const i = index.get(m.a);
    const j = index.get(m.b);
    // Strangers: solveSchedule refuses them, naming them.
    if (i === undefined || j === undefined) continue;
    take(m, i, j);
    lockedKeys.add(key(i, j));
  }
  const { allowed } = allowedPairs(closed, index, key, lockedKeys);

  const seatsKept: SeatedMeeting[] = [];
  const released: SeatedMeeting[] = [];
  const later = current
    .filter((m) => m.round >= fromRound && attends(m))
    .sort((x, y) => x.round - y.round || x.table - y.table);
  const lockedPairs = new Set(lockedLater.map(pairKeyOf));
  const seated = new Set<string>();
  for (const m of later) {
    // Already locked in place by the problem itself.
    if (lockedPairs.has(pairKeyOf(m))) continue;
    const i = index.get(m.a) as number;
    const j = index.get(m.b) as number;
    const r = m.round - 1;
    const stands =
      allowed.has(key(i, j)) &&
      !seated.has(pairKeyOf(m)) &&
      Number.isInteger(m.round) &&
      m.round <= rounds &&
      Number.isInteger(m.table) &&
      m.table >= 1 &&
      m.table <= tables &&
      available[i * rounds + r] === 1 &&
      available[j * rounds + r] === 1 &&
      !taken.has(`t${m.round}:${m.table}`) &&
      !taken.has(`p${m.round}:${i}`) &&
      !taken.has(`p${m.round}:${j}`) &&
      meetings[i] < maxMeetings[i] &&
      meetings[j] < maxMeetings[j];
    if (stands) {
      take(m, i, j);
      seatsKept.push(seatOf(m));
      // The same pair listed twice: the first seat stays, the second is released.
      seated.add(pairKeyOf(m));
    } else released.push(seatOf(m));
  }
  return {
    problem: { ...closed, locked: [...(closed.locked ?? []), ...seatsKept], previous: released },
    attending,
    history,
    seatsKept,
  };
}

function seatOf(m: SeatedMeeting): LockedMeeting {
  return { a: m.a, b: m.b, round: m.round, table: m.table };
}

/** The rounds from `first` on that the person attends (every round when not listed). */
function roundsFrom(first: number, rounds: number, listed?: readonly number[]): number[] {
  const all = listed ?? Array.from({ length: rounds }, (_, r) => r + 1);
  return all.filter((round) => round >= first && round <= rounds);
}

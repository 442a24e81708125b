import type { ReplanOptions, SeatedMeeting } from '../replan-problem.js';
import type { ScheduleProblem } from '../schedule-problem.js';
import { seededRandom } from '../seeded-order.js';
import { solveSchedule } from '../solve-schedule.js';
import { randomProblem, RandomProblemShape } from './random-problem.js';

/** The knobs of a random day: an event, its first schedule, who came, and what changed since. */
export interface RandomDayShape extends RandomProblemShape {
  /** Where the re-plan starts, as a fraction of the rounds. */
  from: number;
  /** Chance that each person is checked in, and that an absentee is kept anyway. */
  presence: number;
  kept: number;
  /** Chance that each meeting of the first schedule was taken out since (seats left free). */
  cancelled: number;
  /** The organiser also changed rules since the first schedule (a ban, a departure, a table fewer, a lower maximum). */
  rulesChanged: boolean;
}

export interface RandomDay {
  /** The problem as it stands on the day (with any rule changes). */
  problem: ScheduleProblem;
  current: SeatedMeeting[];
  options: ReplanOptions;
}

/**
 * A random event scheduled by the solver, some of its meetings since taken out (so that
 * earlier rounds have free seats too), then a day: some people absent (some kept all the same)
 * and, when asked, a table fewer, a pair of a later round banned, someone leaving before a
 * later round and someone else wanting one meeting fewer, so that seats of people in the room
 * no longer stand.
 */
export function randomDay(shape: RandomDayShape): RandomDay {
  const first = randomProblem(shape);
  const next = seededRandom(shape.seed ^ 0x5eed);
  const current = solveSchedule(first)
    .meetings.filter(() => next() >= shape.cancelled)
    .map(({ a, b, round, table }) => ({ a, b, round, table }));
  const fromRound = Math.min(first.rounds, 1 + Math.floor(shape.from * first.rounds));
  const ids = first.participants.map((p) => p.id);
  const present = ids.filter(() => next() < shape.presence);
  const keep = ids.filter((id) => !present.includes(id) && next() < shape.kept);
  const problem: ScheduleProblem = { ...first, participants: [...first.participants] };
  const later = current.filter((m) => m.round >= fromRound);
  if (shape.rulesChanged && later.length > 0) {
    // A table is gone: its meetings must find another…
    problem.tables = Math.max(1, problem.tables - 1);
    // …and nothing stays locked to it (the solver refuses a locked meeting without a table).
    problem.locked = problem.locked?.filter((m) => m.table <= problem.tables);
    const banned = later[Math.floor(next() * later.length)];
    problem.mustNotMeet = [...(problem.mustNotMeet ?? []), [banned.b, banned.a]];
    const leaving = later[Math.floor(next() * later.length)];
    // …and someone wants one meeting fewer than they were given.
    const tired = later[Math.floor(next() * later.length)].b;
    const given = current.filter((m) => m.a === tired || m.b === tired).length;
    problem.participants = problem.participants.map((p) =>
      p.id === tired && p.id !== leaving.a
        ? { ...p, maxMeetings: given - 1 }
        : p.id === leaving.a
          ? {
              ...p,
              availableRounds: (
                p.availableRounds ?? Array.from({ length: first.rounds }, (_, r) => r + 1)
              ).filter((r) => r < leaving.round),
            }
          : p,
    );
  }
  return { problem, current, options: { fromRound, present, keep } };
}

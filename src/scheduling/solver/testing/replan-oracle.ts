import type { ReplanOptions, SeatedMeeting } from '../replan-problem.js';
import type { ScheduleProblem } from '../schedule-problem.js';
import { allowedPairs, bestSchedule, OrderedValue } from './brute-force.js';

const pairKey = (m: { a: string; b: string }) =>
  m.a < m.b ? `${m.a}\u0000${m.b}` : `${m.b}\u0000${m.a}`;

/** The re-plan's rules re-derived from the wording, independently of the solver. */
export interface ReplanRules {
  attending: Set<string>;
  history: SeatedMeeting[];
  /** The problem's locked meetings of rounds ≥ fromRound whose two people attend. */
  lockedLater: SeatedMeeting[];
  /** Meetings of rounds ≥ fromRound that must stay where they are. */
  standing: SeatedMeeting[];
  /** Every re-plan is a schedule of this problem, and every schedule of it is a re-plan. */
  problem: ScheduleProblem;
}

export function replanRules(
  problem: ScheduleProblem,
  current: readonly SeatedMeeting[],
  options: ReplanOptions,
): ReplanRules {
  const { fromRound } = options;
  const attending = new Set([...options.present, ...(options.keep ?? [])]);
  const attends = (m: SeatedMeeting) => attending.has(m.a) && attending.has(m.b);
  const person = new Map(problem.participants.map((p) => [p.id, p]));
  const maxOf = (id: string) =>
    Math.min(person.get(id)?.maxMeetings ?? problem.maxMeetings ?? problem.rounds, problem.rounds);
  const availableIn = (id: string, round: number) =>
    person.get(id)?.availableRounds?.includes(round) ?? true;

  const history = current.filter((m) => m.round < fromRound);
  const met = new Set(history.map(pairKey));
  const lockedLater = (problem.locked ?? []).filter(
    (m) => m.round >= fromRound && attends(m) && !met.has(pairKey(m)),
  );
  const allowed = new Set(allowedPairs(problem).map(pairKey));
  const busy = new Set<string>();
  const count = new Map<string, number>();
  const sit = (m: SeatedMeeting) => {
    busy.add(`t${m.round}:${m.table}`).add(`${m.a}@${m.round}`).add(`${m.b}@${m.round}`);
    met.add(pairKey(m));
    for (const id of [m.a, m.b]) count.set(id, (count.get(id) ?? 0) + 1);
  };
  [...history, ...lockedLater].forEach(sit);
  const lockedPairs = new Set(lockedLater.map(pairKey));
  const standing: SeatedMeeting[] = [];
  const later = current
    .filter((m) => m.round >= fromRound && attends(m) && !lockedPairs.has(pairKey(m)))
    .sort((x, y) => x.round - y.round || x.table - y.table);
  for (const m of later) {
    const fits =
      allowed.has(pairKey(m)) &&
      !met.has(pairKey(m)) &&
      m.round <= problem.rounds &&
      m.table >= 1 &&
      m.table <= problem.tables &&
      availableIn(m.a, m.round) &&
      availableIn(m.b, m.round) &&
      !busy.has(`t${m.round}:${m.table}`) &&
      !busy.has(`${m.a}@${m.round}`) &&
      !busy.has(`${m.b}@${m.round}`) &&
      (count.get(m.a) ?? 0) < maxOf(m.a) &&
      (count.get(m.b) ?? 0) < maxOf(m.b);
    if (!fits) continue;
    sit(m);
    standing.push(m);
  }
  const everyRound = Array.from({ length: problem.rounds }, (_, r) => r + 1);
  return {
    attending,
    history,
    lockedLater,
    standing,
    problem: {
      ...problem,
      participants: problem.participants.map((p) => ({
        ...p,
        availableRounds: attending.has(p.id)
          ? (p.availableRounds ?? everyRound).filter((r) => r >= fromRound)
          : [],
      })),
      locked: [...history, ...lockedLater, ...standing],
      previous: undefined,
    },
  };
}

/** The best re-plan by brute force, its score counted over rounds ≥ fromRound only. */
export function bestReplan(rules: ReplanRules, scoreOnly = false): OrderedValue {
  const best = bestSchedule(rules.problem, scoreOnly);
  const historyScore = rules.history.reduce(
    (sum, m) =>
      sum +
      rules.problem.candidates
        .filter((c) => pairKey(c) === pairKey(m))
        .reduce((top, c) => Math.max(top, c.score), 0),
    0,
  );
  return { ...best, score: best.score - historyScore };
}

/** Pairs the brute force has to place: allowed, not fixed, both people attending. */
export function openPairs(rules: ReplanRules): number {
  const fixed = new Set((rules.problem.locked ?? []).map(pairKey));
  return allowedPairs(rules.problem).filter(
    (p) => !fixed.has(pairKey(p)) && rules.attending.has(p.a) && rules.attending.has(p.b),
  ).length;
}

import type { ScheduleProblem, ScheduleSolution } from '../schedule-problem.js';

/** A pair that may meet, as the rules define it, re-derived independently of the solver. */
export interface AllowedPair {
  a: string;
  b: string;
  score: number;
  mustMeet: boolean;
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

export function allowedPairs(problem: ScheduleProblem): AllowedPair[] {
  const ids = new Set(problem.participants.map((p) => p.id));
  const best = new Map<
    string,
    { a: string; b: string; score: number; needsInterpreter: boolean }
  >();
  for (const pair of problem.candidates) {
    if (!ids.has(pair.a) || !ids.has(pair.b) || pair.a === pair.b) continue;
    const known = best.get(pairKey(pair.a, pair.b));
    if (!known || pair.score > known.score) best.set(pairKey(pair.a, pair.b), { ...pair });
    else if (pair.score === known.score && pair.needsInterpreter) known.needsInterpreter = true;
  }
  const banned = new Set((problem.mustNotMeet ?? []).map(([a, b]) => pairKey(a, b)));
  const must = new Set(
    (problem.mustMeet ?? [])
      .filter(([a, b]) => ids.has(a) && ids.has(b) && a !== b)
      .map(([a, b]) => pairKey(a, b)),
  );
  const pairs = new Map<string, AllowedPair>();
  for (const [key, pair] of best) {
    if (banned.has(key)) continue;
    if (problem.allowInterpreterPairs === false && pair.needsInterpreter) continue;
    if (pair.score < (problem.minScore ?? 0) && !must.has(key)) continue;
    pairs.set(key, { a: pair.a, b: pair.b, score: pair.score, mustMeet: must.has(key) });
  }
  for (const [a, b] of problem.mustMeet ?? []) {
    const key = pairKey(a, b);
    if (!must.has(key) || banned.has(key) || pairs.has(key) || best.has(key)) continue;
    pairs.set(key, { a, b, score: 0, mustMeet: true });
  }
  return [...pairs.values()];
}

export interface OrderedValue {
  mustMeet: number;
  coverage: number;
  score: number;
}

/** Whether x is strictly better than y for the ordered objective. */
export const better = (x: OrderedValue, y: OrderedValue) =>
  x.mustMeet !== y.mustMeet
    ? x.mustMeet > y.mustMeet
    : x.coverage !== y.coverage
      ? x.coverage > y.coverage
      : x.score > y.score + 1e-9;

/**
 * The best (must-meet pairs, people's meetings up to their minimum, score) over every set of
 * allowed pairs with at most max meetings per person and rounds × tables in all. For bipartite
 * pairs and full attendance those sets are exactly the schedulable ones (König, then evening
 * out the rounds), so this is the true optimum of the ordered objective.
 */
export function bestPairSet(problem: ScheduleProblem): OrderedValue {
  const pairs = allowedPairs(problem);
  const limits = personalLimits(problem);
  const degree = new Map<string, number>();
  const limit = problem.rounds * problem.tables;
  let best: OrderedValue = { mustMeet: 0, coverage: 0, score: 0 };
  const visit = (k: number, chosen: number, value: OrderedValue) => {
    if (better(value, best)) best = { ...value };
    if (k === pairs.length || chosen === limit) return;
    const pair = pairs[k];
    const [da, db] = [degree.get(pair.a) ?? 0, degree.get(pair.b) ?? 0];
    const [la, lb] = [limits.get(pair.a), limits.get(pair.b)];
    if (la && lb && da < la.max && db < lb.max) {
      degree.set(pair.a, da + 1);
      degree.set(pair.b, db + 1);
      visit(k + 1, chosen + 1, {
        mustMeet: value.mustMeet + (pair.mustMeet ? 1 : 0),
        coverage: value.coverage + (da < la.min ? 1 : 0) + (db < lb.min ? 1 : 0),
        score: value.score + pair.score,
      });
      degree.set(pair.a, da);
      degree.set(pair.b, db);
    }
    visit(k + 1, chosen, value);
  };
  visit(0, 0, best);
  return best;
}

/**
 * The best schedule for the ordered objective (must-meet pairs, then people's meetings up to
 * their minimum, then score), rounds, availability and locked meetings included, by trying
 * every round (or none) for every allowed pair. `scoreOnly` ranks by score alone, which also
 * allows pruning.
 */
export function bestSchedule(problem: ScheduleProblem, scoreOnly = false): OrderedValue {
  const limits = personalLimits(problem);
  const attends = new Map(
    problem.participants.map((p) => [p.id, (r: number) => p.availableRounds?.includes(r) ?? true]),
  );
  const busy = new Set<string>();
  const degree = new Map<string, number>();
  const load = new Array<number>(problem.rounds + 1).fill(0);
  const lockedKeys = new Set((problem.locked ?? []).map((m) => pairKey(m.a, m.b)));
  const allowed = allowedPairs(problem);
  const candidateScore = (a: string, b: string) =>
    problem.candidates
      .filter((c) => pairKey(c.a, c.b) === pairKey(a, b))
      .reduce((best, c) => Math.max(best, c.score), 0);
  const start: OrderedValue = { mustMeet: 0, coverage: 0, score: 0 };
  const meet = (a: string, b: string) => {
    let covered = 0;
    for (const id of [a, b]) {
      const d = degree.get(id) ?? 0;
      if (d < (limits.get(id)?.min ?? 0)) covered += 1;
      degree.set(id, d + 1);
    }
    return covered;
  };
  for (const m of problem.locked ?? []) {
    busy.add(`${m.a}@${m.round}`).add(`${m.b}@${m.round}`);
    load[m.round] += 1;
    start.coverage += meet(m.a, m.b);
    // A locked pair is met whatever the other rules say; it counts as must-meet if listed so.
    start.mustMeet += (problem.mustMeet ?? []).some(([a, b]) => pairKey(a, b) === pairKey(m.a, m.b))
      ? 1
      : 0;
    start.score += candidateScore(m.a, m.b);
  }
  const pairs = allowed.filter((p) => !lockedKeys.has(pairKey(p.a, p.b)));
  const suffix = new Array<number>(pairs.length + 1).fill(0);
  for (let k = pairs.length - 1; k >= 0; k--)
    suffix[k] = suffix[k + 1] + Math.max(0, pairs[k].score);
  let best = { ...start };
  const visit = (k: number, value: OrderedValue) => {
    if (scoreOnly ? value.score > best.score : better(value, best)) best = { ...value };
    if (k === pairs.length) return;
    if (scoreOnly && value.score + suffix[k] <= best.score) return;
    const { a, b, score, mustMeet } = pairs[k];
    const [da, db] = [degree.get(a) ?? 0, degree.get(b) ?? 0];
    if (da < (limits.get(a)?.max ?? 0) && db < (limits.get(b)?.max ?? 0))
      for (let r = 1; r <= problem.rounds; r++) {
        if (load[r] >= problem.tables || busy.has(`${a}@${r}`) || busy.has(`${b}@${r}`)) continue;
        if (!attends.get(a)?.(r) || !attends.get(b)?.(r)) continue;
        busy.add(`${a}@${r}`).add(`${b}@${r}`);
        load[r] += 1;
        const covered = meet(a, b);
        visit(k + 1, {
          mustMeet: value.mustMeet + (mustMeet ? 1 : 0),
          coverage: value.coverage + covered,
          score: value.score + score,
        });
        load[r] -= 1;
        degree.set(a, da);
        degree.set(b, db);
        busy.delete(`${a}@${r}`);
        busy.delete(`${b}@${r}`);
      }
    visit(k + 1, value);
  };
  visit(0, start);
  return best;
}

function personalLimits(problem: ScheduleProblem): Map<string, { min: number; max: number }> {
  return new Map(
    problem.participants.map((p) => {
      const max = Math.min(p.maxMeetings ?? problem.maxMeetings ?? problem.rounds, problem.rounds);
      return [p.id, { max, min: Math.min(p.minMeetings ?? problem.minMeetings ?? 1, max) }];
    }),
  );
}

/** A solution's value for the ordered objective. */
export function orderedValueOf(problem: ScheduleProblem, solution: ScheduleSolution): OrderedValue {
  const limits = personalLimits(problem);
  const coverage = problem.participants.reduce((sum, p) => {
    const meetings = solution.meetings.filter((m) => m.a === p.id || m.b === p.id).length;
    return sum + Math.min(meetings, limits.get(p.id)?.min ?? 0);
  }, 0);
  return {
    mustMeet: solution.meetings.filter((m) => m.mustMeet).length,
    coverage,
    score: solution.totalScore,
  };
}

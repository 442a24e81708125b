import { allowedPairs } from './allowed-pairs.js';
import { lockedPairs } from './locked-meetings.js';
import { scaledScore } from './objective-weights.js';
import { participantLimits } from './participant-limits.js';
import type { PreparedEdges, PreparedProblem } from './prepared-problem.js';
import type { ScheduleProblem } from './schedule-problem.js';
import { ScheduleProblemError } from './schedule-problem-error.js';
import { seededPermutation } from './seeded-order.js';

/** Numbers people and rounds, deduplicates pairs and applies every rule that removes pairs. */
export function prepareProblem(problem: ScheduleProblem): PreparedProblem {
  const rounds = wholeNumber('rounds', problem.rounds);
  const tables = wholeNumber('tables', problem.tables);
  const limits = participantLimits(problem.participants, rounds, problem);
  const { ids, index } = limits;
  const n = ids.length;
  const key = (i: number, j: number) => (i < j ? i * n + j : j * n + i);
  const locked = lockedPairs(problem, index, key);
  const pairs = allowedPairs(problem, index, key, new Set(locked.map((m) => m.key)));
  for (const meeting of locked)
    if (!pairs.facts.has(meeting.key))
      pairs.facts.set(meeting.key, {
        score: 0,
        needsInterpreter: false,
        reversed: meeting.reversed,
      });
  const mustKeys = new Set(pairs.mustMeet.map((pair) => pair.key));

  // Sorted, then shuffled by the seed: the flows and greedy steps break ties in edge order.
  const sortedKeys = [...pairs.allowed].sort((x, y) => x - y);
  const order = seededPermutation(sortedKeys.length, problem.seed ?? 0);
  const edges = emptyEdges(sortedKeys.length);
  const edgeOf = new Map<number, number>();
  const partners = new Int32Array(n);
  for (let e = 0; e < edges.count; e++) {
    const k = sortedKeys[order[e]];
    const pair = pairs.facts.get(k);
    if (!pair) throw new Error(`pair ${k} has no facts`);
    edgeOf.set(k, e);
    edges.from[e] = Math.floor(k / n);
    edges.to[e] = k % n;
    edges.score[e] = pair.score;
    edges.weight[e] = scaledScore(pair.score);
    edges.needsInterpreter[e] = pair.needsInterpreter ? 1 : 0;
    edges.mustMeet[e] = mustKeys.has(k) ? 1 : 0;
    edges.reversed[e] = pair.reversed ? 1 : 0;
    partners[edges.from[e]] += 1;
    partners[edges.to[e]] += 1;
  }
  const edgeFor = (k: number) => edgeOf.get(k) as number;
  for (const meeting of locked) edges.locked[edgeFor(meeting.key)] = 1;
  // Previous meetings are hints: anything that no longer fits is simply ignored.
  for (const meeting of problem.previous ?? []) {
    const i = index.get(meeting.a);
    const j = index.get(meeting.b);
    if (i === undefined || j === undefined || i === j) continue;
    const e = edgeOf.get(key(i, j));
    if (e === undefined || edges.locked[e] || edges.previousRound[e] >= 0) continue;
    if (!Number.isInteger(meeting.round) || meeting.round < 1 || meeting.round > rounds) continue;
    edges.previousRound[e] = meeting.round - 1;
    const tableFits =
      Number.isInteger(meeting.table) && meeting.table >= 1 && meeting.table <= tables;
    edges.previousTable[e] = tableFits ? meeting.table : -1;
  }

  return {
    ids,
    rounds,
    tables,
    available: limits.available,
    availableCount: limits.availableCount,
    everyoneAlwaysAvailable: limits.everyoneAlwaysAvailable,
    maxMeetings: limits.maxMeetings,
    minMeetings: limits.minMeetings,
    edges,
    locked: locked.map((m) => ({ edge: edgeFor(m.key), round: m.round - 1, table: m.table })),
    mustMeet: pairs.mustMeet.map((pair) => ({ edge: edgeFor(pair.key), a: pair.a, b: pair.b })),
    impossibleMustMeet: pairs.impossibleMustMeet,
    partners,
  };
}

function emptyEdges(count: number): PreparedEdges {
  return {
    count,
    from: new Int32Array(count),
    to: new Int32Array(count),
    score: new Float64Array(count),
    weight: new Float64Array(count),
    needsInterpreter: new Uint8Array(count),
    mustMeet: new Uint8Array(count),
    locked: new Uint8Array(count),
    reversed: new Uint8Array(count),
    previousRound: new Int32Array(count).fill(-1),
    previousTable: new Int32Array(count).fill(-1),
  };
}

function wholeNumber(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 0)
    throw new ScheduleProblemError(`${name} must be a whole number ≥ 0 (got ${value})`);
  return value;
}

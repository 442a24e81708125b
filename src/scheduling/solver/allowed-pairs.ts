import type { ScheduleProblem } from './schedule-problem.js';

/** What is known of a pair: its best score and how it was listed. */
export interface PairFacts {
  score: number;
  needsInterpreter: boolean;
  /** Whether it was listed with the higher-numbered person first. */
  reversed: boolean;
}

export interface AllowedPairs {
  /** Every known pair (candidates, then must-meet pairs added with score 0), by key. */
  facts: Map<number, PairFacts>;
  /** Keys of the pairs that may be scheduled. */
  allowed: Set<number>;
  mustMeet: { key: number; a: string; b: string }[];
  impossibleMustMeet: { a: string; b: string; reason: string }[];
}

/**
 * Candidates come in both orientations, possibly repeated: the best score wins (on equal
 * scores, the cautious interpreter flag); candidates naming strangers are ignored. A pair may
 * be scheduled unless it must not meet, needs a refused interpreter or scores below the minimum
 * — a must-meet pair only escapes the minimum score. Locked pairs are always allowed.
 */
export function allowedPairs(
  problem: ScheduleProblem,
  index: Map<string, number>,
  key: (i: number, j: number) => number,
  lockedKeys: ReadonlySet<number>,
): AllowedPairs {
  const facts = new Map<number, PairFacts>();
  for (const pair of problem.candidates) {
    const i = index.get(pair.a);
    const j = index.get(pair.b);
    if (i === undefined || j === undefined || i === j || !Number.isFinite(pair.score)) continue;
    const known = facts.get(key(i, j));
    if (!known || pair.score > known.score)
      facts.set(key(i, j), {
        score: pair.score,
        needsInterpreter: pair.needsInterpreter,
        reversed: i > j,
      });
    else if (pair.score === known.score) {
      // Ties must not depend on input order: the cautious flag, the id-ordered orientation.
      known.needsInterpreter ||= pair.needsInterpreter;
      known.reversed &&= i > j;
    }
  }
  const forbidden = new Set<number>();
  for (const [a, b] of problem.mustNotMeet ?? []) {
    const i = index.get(a);
    const j = index.get(b);
    if (i !== undefined && j !== undefined && i !== j) forbidden.add(key(i, j));
  }
  const interpreters = problem.allowInterpreterPairs !== false;
  const minScore = problem.minScore ?? 0;
  const allowed = new Set<number>(lockedKeys);
  for (const [k, pair] of facts)
    if (!forbidden.has(k) && (interpreters || !pair.needsInterpreter) && pair.score >= minScore)
      allowed.add(k);

  const mustMeet: AllowedPairs['mustMeet'] = [];
  const impossibleMustMeet: AllowedPairs['impossibleMustMeet'] = [];
  const seen = new Set<number>();
  for (const [a, b] of problem.mustMeet ?? []) {
    const i = index.get(a);
    const j = index.get(b);
    let reason: string | null = null;
    if (i === undefined || j === undefined)
      reason = `${i === undefined ? a : b} is not a participant`;
    else if (i === j) reason = 'a participant cannot meet themselves';
    else if (seen.has(key(i, j))) continue;
    else if (!lockedKeys.has(key(i, j))) {
      if (forbidden.has(key(i, j))) reason = 'the pair is also in mustNotMeet';
      else if (!interpreters && facts.get(key(i, j))?.needsInterpreter)
        reason = 'the pair needs an interpreter and interpreter pairs are not allowed';
    }
    if (reason !== null || i === undefined || j === undefined) {
      impossibleMustMeet.push({ a, b, reason: reason ?? '' });
      continue;
    }
    const k = key(i, j);
    seen.add(k);
    mustMeet.push({ key: k, a, b });
    allowed.add(k);
    if (!facts.has(k)) facts.set(k, { score: 0, needsInterpreter: false, reversed: i > j });
  }
  return { facts, allowed, mustMeet, impossibleMustMeet };
}

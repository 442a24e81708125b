import type { ScheduleProblem, ScheduleSolution } from '../schedule-problem.js';

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/**
 * Every rule a schedule must keep, checked from the problem as the caller wrote it (not from the
 * solver's own data): the list of broken rules, empty when the schedule is valid.
 */
export function scheduleViolations(problem: ScheduleProblem, solution: ScheduleSolution): string[] {
  const broken: string[] = [];
  const people = new Map(problem.participants.map((p) => [p.id, p]));
  const best = new Map<string, { score: number; needsInterpreter: boolean }>();
  for (const pair of problem.candidates) {
    if (!people.has(pair.a) || !people.has(pair.b) || pair.a === pair.b) continue;
    const key = pairKey(pair.a, pair.b);
    const known = best.get(key);
    if (!known || pair.score > known.score) best.set(key, { ...pair });
    else if (pair.score === known.score && pair.needsInterpreter) known.needsInterpreter = true;
  }
  const locked = new Map((problem.locked ?? []).map((m) => [pairKey(m.a, m.b), m]));
  const mustMeet = new Set((problem.mustMeet ?? []).map(([a, b]) => pairKey(a, b)));
  const mustNotMeet = new Set((problem.mustNotMeet ?? []).map(([a, b]) => pairKey(a, b)));
  const seats = new Set<string>();
  const met = new Set<string>();
  const count = new Map<string, number>();
  for (const m of solution.meetings) {
    const name = `${m.a}–${m.b} in round ${m.round}`;
    const key = pairKey(m.a, m.b);
    if (!people.has(m.a) || !people.has(m.b) || m.a === m.b)
      broken.push(`${name}: unknown or same people`);
    if (!Number.isInteger(m.round) || m.round < 1 || m.round > problem.rounds)
      broken.push(`${name}: round out of range`);
    if (!Number.isInteger(m.table) || m.table < 1 || m.table > problem.tables)
      broken.push(`${name}: table ${m.table} out of range`);
    for (const seat of [`t${m.round}:${m.table}`, `p${m.round}:${m.a}`, `p${m.round}:${m.b}`]) {
      if (seats.has(seat)) broken.push(`${name}: ${seat} used twice`);
      seats.add(seat);
    }
    if (met.has(key)) broken.push(`${name}: the pair meets twice`);
    met.add(key);
    count.set(m.a, (count.get(m.a) ?? 0) + 1);
    count.set(m.b, (count.get(m.b) ?? 0) + 1);
    const fixed = locked.get(key);
    if (fixed) {
      if (fixed.round !== m.round || fixed.table !== m.table)
        broken.push(`${name}: locked meeting moved`);
      if (!m.locked) broken.push(`${name}: locked meeting not flagged`);
      continue;
    }
    if (m.locked) broken.push(`${name}: flagged locked but is not`);
    for (const id of [m.a, m.b]) {
      const rounds = people.get(id)?.availableRounds;
      if (rounds && !rounds.includes(m.round)) broken.push(`${name}: ${id} is not available`);
    }
    if (mustNotMeet.has(key)) broken.push(`${name}: must not meet`);
    const candidate = best.get(key);
    if (m.mustMeet !== mustMeet.has(key)) broken.push(`${name}: mustMeet flag wrong`);
    if (!candidate && !mustMeet.has(key)) broken.push(`${name}: not a candidate pair`);
    if (candidate && m.score !== candidate.score)
      broken.push(`${name}: score ${m.score} ≠ ${candidate.score}`);
    if (!candidate && m.score !== 0) broken.push(`${name}: non-candidate with score ${m.score}`);
    const needsInterpreter = candidate?.needsInterpreter ?? false;
    if (m.needsInterpreter !== needsInterpreter) broken.push(`${name}: interpreter flag wrong`);
    if (problem.allowInterpreterPairs === false && needsInterpreter)
      broken.push(`${name}: needs an interpreter`);
    if (!mustMeet.has(key) && candidate && candidate.score < (problem.minScore ?? 0))
      broken.push(`${name}: below minScore`);
  }
  for (const [key, m] of locked) if (!met.has(key)) broken.push(`locked ${m.a}–${m.b} missing`);
  const lockedCount = new Map<string, number>();
  for (const m of problem.locked ?? [])
    for (const id of [m.a, m.b]) lockedCount.set(id, (lockedCount.get(id) ?? 0) + 1);
  for (const person of problem.participants) {
    const most = Math.min(
      person.maxMeetings ?? problem.maxMeetings ?? problem.rounds,
      problem.rounds,
    );
    const mine = count.get(person.id) ?? 0;
    if (mine > Math.max(most, lockedCount.get(person.id) ?? 0))
      broken.push(`${person.id}: ${mine} > max ${most}`);
  }
  const sum = solution.meetings.reduce((total, m) => total + m.score, 0);
  if (sum !== solution.totalScore) broken.push(`totalScore ${solution.totalScore} ≠ Σ ${sum}`);
  if (!(solution.upperBound >= solution.totalScore)) broken.push('upperBound below totalScore');
  const gap =
    solution.upperBound > 0 ? (solution.upperBound - solution.totalScore) / solution.upperBound : 0;
  if (Math.abs(gap - solution.gap) > 1e-12 || solution.gap < 0)
    broken.push(`gap ${solution.gap} ≠ ${gap}`);
  const unmet = new Set(solution.unmetMustMeet.map((u) => pairKey(u.a, u.b)));
  for (const [a, b] of problem.mustMeet ?? [])
    if (!met.has(pairKey(a, b)) && !unmet.has(pairKey(a, b)))
      broken.push(`must-meet ${a}–${b} neither met nor reported`);
  for (const u of solution.unmetMustMeet)
    if (met.has(pairKey(u.a, u.b))) broken.push(`must-meet ${u.a}–${u.b} met yet reported unmet`);
  return broken;
}

import type { ReplanOptions, ReplanSolution, SeatedMeeting } from '../replan-problem.js';
import type { ScheduleProblem } from '../schedule-problem.js';

const pairKey = (m: { a: string; b: string }) =>
  m.a < m.b ? `${m.a}\u0000${m.b}` : `${m.b}\u0000${m.a}`;
const seatKey = (m: SeatedMeeting) => `${pairKey(m)}@${m.round}:${m.table}`;
const sorted = (keys: string[]) => [...keys].sort().join('\n');

/**
 * Every rule a re-plan must keep, checked from the caller's problem, the schedule it started
 * from and the options (not from the solver's data): the broken rules, empty when it is valid.
 */
export function replanViolations(
  problem: ScheduleProblem,
  current: readonly SeatedMeeting[],
  options: ReplanOptions,
  result: ReplanSolution,
): string[] {
  const broken: string[] = [];
  const { fromRound } = options;
  const attending = new Set([...options.present, ...(options.keep ?? [])]);
  const person = new Map(problem.participants.map((p) => [p.id, p]));
  const history = result.meetings.filter((m) => m.round < fromRound);
  const later = result.meetings.filter((m) => m.round >= fromRound);
  const before = current.filter((m) => m.round >= fromRound);

  if (
    sorted(history.map(seatKey)) !== sorted(current.filter((m) => m.round < fromRound).map(seatKey))
  )
    broken.push('the history changed');
  for (const m of later)
    for (const id of [m.a, m.b])
      if (!attending.has(id)) broken.push(`${id} is absent but meets in round ${m.round}`);

  const best = new Map<string, { score: number; needsInterpreter: boolean }>();
  for (const c of problem.candidates) {
    if (!person.has(c.a) || !person.has(c.b) || c.a === c.b) continue;
    const known = best.get(pairKey(c));
    if (!known || c.score > known.score) best.set(pairKey(c), { ...c });
    else if (c.score === known.score && c.needsInterpreter) known.needsInterpreter = true;
  }
  const lockedLater = new Set(
    (problem.locked ?? []).filter((m) => m.round >= fromRound).map(seatKey),
  );
  const mustMeet = new Set((problem.mustMeet ?? []).map(([a, b]) => pairKey({ a, b })));
  const mustNotMeet = new Set((problem.mustNotMeet ?? []).map(([a, b]) => pairKey({ a, b })));
  const seats = new Set<string>();
  const met = new Set<string>();
  const count = new Map<string, number>();
  const fixedCount = new Map<string, number>();
  for (const m of result.meetings) {
    const name = `${m.a}–${m.b} in round ${m.round}`;
    if (!person.has(m.a) || !person.has(m.b) || m.a === m.b) broken.push(`${name}: bad people`);
    if (m.round < 1 || m.round > problem.rounds) broken.push(`${name}: round out of range`);
    // A table may have gone since the history was held.
    if (m.round >= fromRound && (m.table < 1 || m.table > problem.tables))
      broken.push(`${name}: table out of range`);
    for (const seat of [`t${m.round}:${m.table}`, `p${m.round}:${m.a}`, `p${m.round}:${m.b}`]) {
      if (seats.has(seat)) broken.push(`${name}: ${seat} used twice`);
      seats.add(seat);
    }
    if (met.has(pairKey(m))) broken.push(`${name}: the pair meets twice over the event`);
    met.add(pairKey(m));
    for (const id of [m.a, m.b]) count.set(id, (count.get(id) ?? 0) + 1);
    const fixed = m.round < fromRound || lockedLater.has(seatKey(m));
    if (fixed) for (const id of [m.a, m.b]) fixedCount.set(id, (fixedCount.get(id) ?? 0) + 1);
    if (fixed) continue;
    for (const id of [m.a, m.b])
      if (!(person.get(id)?.availableRounds?.includes(m.round) ?? true))
        broken.push(`${name}: ${id} is not available`);
    const candidate = best.get(pairKey(m));
    if (mustNotMeet.has(pairKey(m))) broken.push(`${name}: must not meet`);
    if (!candidate && !mustMeet.has(pairKey(m))) broken.push(`${name}: not a candidate pair`);
    if (m.score !== (candidate?.score ?? 0)) broken.push(`${name}: wrong score ${m.score}`);
    if (m.needsInterpreter !== (candidate?.needsInterpreter ?? false))
      broken.push(`${name}: interpreter flag wrong`);
    if (problem.allowInterpreterPairs === false && m.needsInterpreter)
      broken.push(`${name}: needs an interpreter`);
    if (!mustMeet.has(pairKey(m)) && (candidate?.score ?? 0) < (problem.minScore ?? 0))
      broken.push(`${name}: below minScore`);
  }
  for (const p of problem.participants) {
    const most = Math.min(p.maxMeetings ?? problem.maxMeetings ?? problem.rounds, problem.rounds);
    const mine = count.get(p.id) ?? 0;
    if (mine > Math.max(most, fixedCount.get(p.id) ?? 0))
      broken.push(`${p.id}: ${mine} meetings > max ${most}`);
  }

  const total = later.reduce((sum, m) => sum + m.score, 0);
  if (total !== result.totalScore) broken.push(`totalScore ${result.totalScore} ≠ Σ ${total}`);
  if (!(result.upperBound >= result.totalScore)) broken.push('upperBound below totalScore');
  const gap = result.upperBound > 0 ? (result.upperBound - total) / result.upperBound : 0;
  if (Math.abs(gap - result.gap) > 1e-12 || result.gap < 0)
    broken.push(`gap ${result.gap} ≠ ${gap}`);

  broken.push(...changeViolations(before, later, attending, result));
  return broken;
}

/** The changes must be exactly the difference between rounds ≥ fromRound before and after. */
function changeViolations(
  before: readonly SeatedMeeting[],
  after: readonly SeatedMeeting[],
  attending: ReadonlySet<string>,
  result: ReplanSolution,
): string[] {
  const broken: string[] = [];
  const { kept, moved, added, dropped, affected } = result.changes;
  const beforeSeats = new Set(before.map(seatKey));
  const afterSeats = new Set(after.map(seatKey));
  const afterPairs = new Set(after.map(pairKey));
  const beforePairs = new Set(before.map(pairKey));
  for (const m of kept)
    if (!beforeSeats.has(seatKey(m)) || !afterSeats.has(seatKey(m)))
      broken.push(`kept ${seatKey(m)} is not at the same seat before and after`);
  for (const m of moved)
    if (
      !beforeSeats.has(seatKey({ ...m, ...m.from })) ||
      !afterSeats.has(seatKey({ ...m, ...m.to })) ||
      (m.from.round === m.to.round && m.from.table === m.to.table)
    )
      broken.push(`moved ${pairKey(m)} does not match`);
  for (const m of added)
    if (beforePairs.has(pairKey(m)) || !afterSeats.has(seatKey(m)))
      broken.push(`added ${seatKey(m)} does not match`);
  for (const m of dropped) {
    if (!beforeSeats.has(seatKey(m))) broken.push(`dropped ${seatKey(m)} was not there`);
    if (afterSeats.has(seatKey(m))) broken.push(`dropped ${seatKey(m)} is still there`);
    const away = !attending.has(m.a) || !attending.has(m.b);
    if (m.reason !== (away ? 'absent' : 'no-longer-fits'))
      broken.push(`dropped ${seatKey(m)}: reason ${m.reason}`);
    if (
      !away &&
      afterPairs.has(pairKey(m)) &&
      before.filter((b) => pairKey(b) === pairKey(m)).length < 2
    )
      broken.push(`dropped ${seatKey(m)} but the pair meets later: moved`);
  }
  if (kept.length + moved.length + dropped.length !== before.length)
    broken.push('kept + moved + dropped ≠ meetings before');
  if (kept.length + moved.length + added.length !== after.length)
    broken.push('kept + moved + added ≠ meetings after');
  const touched = new Set<string>();
  for (const m of [...moved, ...added, ...dropped]) touched.add(m.a).add(m.b);
  if (sorted([...touched]) !== sorted(affected) || new Set(affected).size !== affected.length)
    broken.push('affected is not the people of moved, added and dropped meetings');
  return broken;
}

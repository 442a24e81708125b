import type { LockedMeeting, ScheduleProblem, SchedulingParticipant } from '../schedule-problem.js';
import { seededRandom } from '../seeded-order.js';

/** The knobs of a random scheduling problem for property tests. */
export interface RandomProblemShape {
  seed: number;
  perSide: number;
  rounds: number;
  tables: number;
  /** Chance that a cross-side pair is a candidate. */
  density: number;
  /** Chance that a person misses each round (0: everyone attends everything). */
  absence: number;
  /** Same-side candidate pairs too (odd cycles become possible). */
  sameSide: boolean;
  locked: number;
  mustMeet: number;
  mustNotMeet: number;
  /** Scores are multiples of 0.01 when true (exact sums), else arbitrary in (0, 1]. */
  roundScores: boolean;
  minScore?: number;
  allowInterpreterPairs?: boolean;
  minMeetings?: number;
  maxMeetings?: number;
  /** Give some people their own min/max. */
  personalLimits?: boolean;
}

/**
 * A random problem with the mess real inputs have: pairs listed in both orientations and
 * repeated with other scores, candidates naming strangers, must-meet pairs missing from the
 * candidates, locked meetings that respect availability.
 */
export function randomProblem(shape: RandomProblemShape): ScheduleProblem {
  const next = seededRandom(shape.seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const score = () => (shape.roundScores ? int(1, 100) / 100 : Math.max(1e-6, next()));
  const people = 2 * shape.perSide;
  const ids = Array.from({ length: people }, (_, i) =>
    i < shape.perSide ? `fr${i}` : `ma${i - shape.perSide}`,
  );
  const participants: SchedulingParticipant[] = ids.map((id, i) => {
    const person: SchedulingParticipant = { id, side: i < shape.perSide ? 'FR' : 'MA' };
    if (shape.absence > 0) {
      const rounds: number[] = [];
      for (let r = 1; r <= shape.rounds; r++) if (next() >= shape.absence) rounds.push(r);
      person.availableRounds = rounds;
    }
    if (shape.personalLimits && next() < 0.3) person.maxMeetings = int(0, shape.rounds);
    if (shape.personalLimits && next() < 0.3) person.minMeetings = int(0, 3);
    return person;
  });
  const candidates: ScheduleProblem['candidates'][number][] = [];
  const pairs: [number, number][] = [];
  for (let i = 0; i < people; i++)
    for (let j = i + 1; j < people; j++) {
      const crossing = i < shape.perSide !== j < shape.perSide;
      if (!crossing && !shape.sameSide) continue;
      if (next() >= shape.density) continue;
      pairs.push([i, j]);
      const needsInterpreter = next() < 0.2;
      const [a, b] = next() < 0.5 ? [ids[i], ids[j]] : [ids[j], ids[i]];
      candidates.push({ a, b, score: score(), needsInterpreter });
      if (next() < 0.3) candidates.push({ a: b, b: a, score: score(), needsInterpreter });
    }
  if (people > 0 && next() < 0.5)
    candidates.push({ a: ids[0], b: 'stranger', score: 0.9, needsInterpreter: false });

  const pick = () => [int(0, people - 1), int(0, people - 1)] as const;
  const mustMeet: [string, string][] = [];
  for (let k = 0; k < shape.mustMeet && people > 1; k++) {
    const [i, j] = pick();
    if (i !== j && (shape.sameSide || i < shape.perSide !== j < shape.perSide))
      mustMeet.push([ids[i], ids[j]]);
  }
  const mustNotMeet: [string, string][] = [];
  for (let k = 0; k < shape.mustNotMeet && pairs.length > 0; k++) {
    const [i, j] = pairs[int(0, pairs.length - 1)];
    mustNotMeet.push(next() < 0.5 ? [ids[i], ids[j]] : [ids[j], ids[i]]);
  }

  const locked: LockedMeeting[] = [];
  const busy = new Set<string>();
  for (
    let k = 0;
    k < shape.locked && pairs.length > 0 && shape.rounds > 0 && shape.tables > 0;
    k++
  ) {
    const [i, j] = pairs[int(0, pairs.length - 1)];
    const round = int(1, shape.rounds);
    const table = int(1, shape.tables);
    const attends = (p: SchedulingParticipant) =>
      p.availableRounds === undefined || p.availableRounds.includes(round);
    const seats = [`t${round}:${table}`, `p${round}:${i}`, `p${round}:${j}`, `pair${i}:${j}`];
    if (
      seats.some((seat) => busy.has(seat)) ||
      !attends(participants[i]) ||
      !attends(participants[j])
    )
      continue;
    seats.forEach((seat) => busy.add(seat));
    locked.push({ a: ids[i], b: ids[j], round, table });
  }
  return {
    participants,
    candidates,
    rounds: shape.rounds,
    tables: shape.tables,
    mustMeet,
    mustNotMeet,
    locked,
    minScore: shape.minScore,
    allowInterpreterPairs: shape.allowInterpreterPairs,
    minMeetings: shape.minMeetings,
    maxMeetings: shape.maxMeetings,
    seed: shape.seed,
  };
}

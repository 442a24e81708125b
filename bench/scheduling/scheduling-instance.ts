import type {
  ScheduleProblem,
  SchedulingParticipant,
  CandidatePair,
} from '../../src/scheduling/solver/schedule-problem.js';
import { SeededRandom } from '../random/seeded-random.js';

export interface InstanceShape {
  /** Participants on each side (French, Moroccan). */
  perSide: number;
  rounds: number;
  tables: number;
  /** Candidate partners listed per participant (the matching engine's top-k). */
  topK: number;
  /** Each participant misses this many rounds (inclusive range), or null for full attendance. */
  missedRounds: [number, number] | null;
  seed: number;
}

const THEMES = 12;

/**
 * A speed-meeting problem shaped like the real one: two countries, each person's top-k partners
 * on the other side scored by shared themes, a personal "appeal" and pair noise (so some
 * people are wanted by many and others by few), listed from both sides as matching emits them.
 */
export function schedulingInstance(shape: InstanceShape): ScheduleProblem {
  const rng = new SeededRandom(shape.seed);
  const { perSide, rounds } = shape;
  const people = 2 * perSide;
  const themes = Array.from({ length: people }, () => {
    let mask = 0;
    for (const theme of rng.sample([...Array(THEMES).keys()], rng.int(2, 4))) mask |= 1 << theme;
    return mask;
  });
  const appeal = Array.from({ length: people }, () => rng.next());
  const participants: SchedulingParticipant[] = Array.from({ length: people }, (_, i) => {
    const person: SchedulingParticipant = {
      id: `${i < perSide ? 'fr' : 'ma'}-${String(i % perSide).padStart(4, '0')}`,
      side: i < perSide ? 'FR' : 'MA',
    };
    if (shape.missedRounds) {
      const missed = new Set(rng.sample([...Array(rounds).keys()], rng.int(...shape.missedRounds)));
      person.availableRounds = [...Array(rounds).keys()]
        .filter((r) => !missed.has(r))
        .map((r) => r + 1);
    }
    return person;
  });
  const score = new Float64Array(perSide * perSide);
  for (let i = 0; i < perSide; i++)
    for (let j = 0; j < perSide; j++) {
      const shared = bits(themes[i] & themes[perSide + j]) / bits(themes[i] | themes[perSide + j]);
      const raw =
        0.1 + 0.45 * shared + 0.25 * ((appeal[i] + appeal[perSide + j]) / 2) + 0.2 * rng.next();
      score[i * perSide + j] = Math.round(Math.min(1, raw) * 1e4) / 1e4;
    }
  const candidates: CandidatePair[] = [];
  for (let i = 0; i < people; i++) {
    const partners = [...Array(perSide).keys()]
      .map((j) =>
        i < perSide
          ? { j: perSide + j, s: score[i * perSide + j] }
          : { j, s: score[j * perSide + (i - perSide)] },
      )
      .sort((x, y) => y.s - x.s || x.j - y.j)
      .slice(0, shape.topK);
    for (const { j, s } of partners)
      candidates.push({
        a: participants[i].id,
        b: participants[j].id,
        score: s,
        needsInterpreter: (themes[i] ^ themes[j]) % 7 === 0,
      });
  }
  return { participants, candidates, rounds, tables: shape.tables, seed: shape.seed };
}

function bits(mask: number): number {
  let count = 0;
  for (let m = mask; m; m &= m - 1) count += 1;
  return count;
}

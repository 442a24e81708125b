import type { SchedulingParticipant } from './schedule-problem.js';

/** People numbered in id order, with the rounds they attend and their meeting limits. */
export interface ParticipantLimits {
  people: SchedulingParticipant[];
  ids: string[];
  index: Map<string, number>;
  /** available[person * rounds + round] (0-based round). */
  available: Uint8Array;
  availableCount: Int32Array;
  everyoneAlwaysAvailable: boolean;
  maxMeetings: Int32Array;
  minMeetings: Int32Array;
}

/**
 * Id order, not input order, so that the schedule does not depend on how the caller listed
 * people; a repeated id keeps its first registration. Rounds outside 1..rounds are ignored; a
 * maximum never exceeds the rounds and a minimum never exceeds the maximum.
 */
export function participantLimits(
  participants: readonly SchedulingParticipant[],
  rounds: number,
  defaults: { minMeetings?: number; maxMeetings?: number },
): ParticipantLimits {
  const byId = new Map<string, SchedulingParticipant>();
  for (const person of participants) if (!byId.has(person.id)) byId.set(person.id, person);
  const people = [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const n = people.length;
  const available = new Uint8Array(n * rounds);
  const availableCount = new Int32Array(n);
  const maxMeetings = new Int32Array(n);
  const minMeetings = new Int32Array(n);
  let everyoneAlwaysAvailable = true;
  people.forEach((person, i) => {
    if (person.availableRounds === undefined) available.fill(1, i * rounds, (i + 1) * rounds);
    else
      for (const round of person.availableRounds)
        if (Number.isInteger(round) && round >= 1 && round <= rounds)
          available[i * rounds + round - 1] = 1;
    for (let r = 0; r < rounds; r++) availableCount[i] += available[i * rounds + r];
    if (availableCount[i] < rounds) everyoneAlwaysAvailable = false;
    maxMeetings[i] = Math.min(count(person.maxMeetings ?? defaults.maxMeetings, rounds), rounds);
    minMeetings[i] = Math.min(count(person.minMeetings ?? defaults.minMeetings, 1), maxMeetings[i]);
  });
  const ids = people.map((p) => p.id);
  return {
    people,
    ids,
    index: new Map(ids.map((id, i) => [id, i])),
    available,
    availableCount,
    everyoneAlwaysAvailable,
    maxMeetings,
    minMeetings,
  };
}

/** A count setting: whole and ≥ 0, else the default. */
function count(value: number | undefined, fallback: number): number {
  return value !== undefined && Number.isFinite(value) && value >= 0 ? Math.floor(value) : fallback;
}

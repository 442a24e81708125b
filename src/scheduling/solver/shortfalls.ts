import type { PreparedProblem } from './prepared-problem.js';
import type { Shortfall } from './schedule-problem.js';

/** Everyone below their minimum, with the first reason that explains it. */
export function shortfallsOf(prepared: PreparedProblem, meetings: Int32Array): Shortfall[] {
  const shortfalls: Shortfall[] = [];
  prepared.ids.forEach((participantId, i) => {
    const minimum = prepared.minMeetings[i];
    if (meetings[i] >= minimum) return;
    shortfalls.push({
      participantId,
      meetings: meetings[i],
      minimum,
      reason:
        prepared.availableCount[i] < minimum
          ? 'too-few-rounds-available'
          : prepared.partners[i] < minimum
            ? 'too-few-acceptable-partners'
            : 'partners-or-tables-taken',
    });
  });
  return shortfalls;
}

/** Why a must-meet pair that was possible in principle is not in the schedule. */
export function unmetReason(prepared: PreparedProblem, meetings: Int32Array, e: number): string {
  const { edges, rounds, available, maxMeetings, ids } = prepared;
  const u = edges.from[e];
  const v = edges.to[e];
  let shared = 0;
  for (let r = 0; r < rounds; r++) shared += available[u * rounds + r] & available[v * rounds + r];
  if (shared === 0) return 'no round that both attend';
  for (const person of [u, v])
    if (meetings[person] >= maxMeetings[person])
      return `${ids[person]} already has their maximum of ${maxMeetings[person]} meetings`;
  return 'every round both attend is taken by their other meetings or has no free table';
}

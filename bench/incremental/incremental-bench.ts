import { generateEvent } from '../generator/generate-event.js';
import type { GeneratedParticipant } from '../generator/generated-participant.js';
import { SeededRandom } from '../random/seeded-random.js';
import type { ApiClient } from '../service/api-client.js';
import { participantBody } from '../service/participant-body.js';
import { progress } from '../support/log.js';
import { answeringRegistration } from './answering-registration.js';

/** How long one registration may take to show before the bench gives up on it. */
const APPEAR_TIMEOUT_MS = 120_000;
const POLL_MS = 5;

export interface IncrementalResults {
  /** Milliseconds from the PUT until the newcomer's own list is readable (non-empty), in order. */
  ownList: number[];
  /** Milliseconds from the PUT until the newcomer shows in X's list (limit 50), in order. */
  inTargetList: number[];
  /** Milliseconds until the PUT itself was answered (the rest is the incremental job). */
  puts: number[];
  /** GETs made while waiting (both lists), per registration. */
  polls: number[];
  registrations: number;
}

interface MatchView {
  partner: { externalId: string };
}

/**
 * Registers new participants one at a time, each answering a known participant X; times from
 * the PUT to the first GET of the newcomer's own matches that lists someone, then to the first
 * GET of X's matches (limit 50) that lists the newcomer.
 */
export async function runIncremental(
  api: ApiClient,
  eventId: string,
  loaded: readonly GeneratedParticipant[],
  count: number,
  seed: number,
): Promise<IncrementalResults> {
  const rng = new SeededRandom(seed);
  const targets = rng.sample(
    loaded.filter((p) => p.consentMatching && p.needs && p.offers),
    count,
  );
  // Fresh people from another generated event: realistic names, organisations, presentations.
  const pool = generateEvent({ size: count * 4, seed: seed + 1, groundTruth: false }).profiles;
  const used = new Set<string>();
  const ownList: number[] = [];
  const inTargetList: number[] = [];
  const puts: number[] = [];
  const polls: number[] = [];
  for (const [i, target] of targets.entries()) {
    const newcomer = pool.find((p) => p.country !== target.country && !used.has(p.id));
    if (!newcomer) throw new Error('Not enough generated newcomers from the other country');
    used.add(newcomer.id);
    const registration = answeringRegistration(newcomer, target, i + 1);
    const started = performance.now();
    await api.call(
      'PUT',
      `/events/${eventId}/participants/${encodeURIComponent(registration.externalId)}`,
      { body: participantBody(registration), expect: [201] },
    );
    puts.push(performance.now() - started);
    const matchesOf = (externalId: string) =>
      `/events/${eventId}/participants/${encodeURIComponent(externalId)}/matches?limit=50`;
    let attempts = 0;
    const until = async (path: string, done: (list: MatchView[]) => boolean) => {
      for (;;) {
        attempts += 1;
        if (done(await api.get<MatchView[]>(path))) return performance.now() - started;
        if (performance.now() - started > APPEAR_TIMEOUT_MS) {
          throw new Error(
            `${registration.externalId} (answering ${target.externalId}): ${path} not as expected after ${APPEAR_TIMEOUT_MS / 1000} s`,
          );
        }
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    };
    const own = await until(matchesOf(registration.externalId), (list) => list.length > 0);
    const inTarget = await until(matchesOf(target.externalId), (list) =>
      list.some((match) => match.partner.externalId === registration.externalId),
    );
    ownList.push(own);
    inTargetList.push(inTarget);
    polls.push(attempts);
    progress(
      `  ${registration.externalId}: own list after ${Math.round(own)} ms, in ${target.externalId}'s after ${Math.round(inTarget)} ms (${attempts} GETs)`,
    );
  }
  return { ownList, inTargetList, puts, polls, registrations: targets.length };
}

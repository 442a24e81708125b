import autocannon from 'autocannon';
import type { GeneratedParticipant } from '../generator/generated-participant.js';
import { SeededRandom } from '../random/seeded-random.js';
import { participantBody } from '../service/participant-body.js';
import { progress } from '../support/log.js';
import { AutocannonOutcome, autocannonOutcome } from '../load/autocannon-outcome.js';

export interface MixedLoadSettings {
  readRate: number;
  writeRate: number;
  durationSeconds: number;
}

export interface StreamResults extends AutocannonOutcome {
  connections: number;
  rate: number;
}

export interface MixedLoadResults extends MixedLoadSettings {
  participants: number;
  newcomers: number;
  reads: StreamResults;
  writes: StreamResults;
}

/**
 * What a registration site does in the last days before the event, with the event's front-end
 * key: people register or change their profile (PUT: new registrations, then updates) while
 * others read their suggestions (GET …/matches). Two autocannon instances run side by side, one
 * per kind of request, so each kind gets its own latencies.
 */
export async function runMixedLoad(
  baseUrl: string,
  eventId: string,
  apiKey: string,
  registered: readonly GeneratedParticipant[],
  newcomers: readonly GeneratedParticipant[],
  settings: MixedLoadSettings,
  seed: number,
): Promise<MixedLoadResults> {
  const rng = new SeededRandom(seed);
  const authorization = `Bearer ${apiKey}`;
  let nextNewcomer = 0;
  let updates = 0;
  const writer = () => {
    const newcomer = nextNewcomer < newcomers.length ? newcomers[nextNewcomer++] : null;
    const person = newcomer ?? rng.pick(registered);
    const body = participantBody(person);
    // An update changes the profile for real, so matching has work to do.
    if (!newcomer) body.description = `${person.description ?? ''} Mise à jour ${++updates}.`;
    return {
      method: 'PUT',
      path: `/events/${eventId}/participants/${encodeURIComponent(person.externalId)}`,
      headers: { 'content-type': 'application/json', authorization },
      body: JSON.stringify(body),
    };
  };
  const reader = () => ({
    method: 'GET',
    path: `/events/${eventId}/participants/${encodeURIComponent(rng.pick(registered).externalId)}/matches?limit=10`,
    headers: { authorization },
  });

  progress(
    `mixed load: ${settings.durationSeconds} s, ${settings.readRate} reads/s and ` +
      `${settings.writeRate} registrations/s on ${registered.length} participants`,
  );
  const [reads, writes] = await Promise.all([
    stream(baseUrl, reader, settings.readRate, 8, settings.durationSeconds),
    stream(baseUrl, writer, settings.writeRate, 2, settings.durationSeconds),
  ]);
  return {
    ...settings,
    participants: registered.length,
    newcomers: nextNewcomer,
    reads,
    writes,
  };
}

async function stream(
  url: string,
  next: () => autocannon.Request,
  rate: number,
  connections: number,
  duration: number,
): Promise<StreamResults> {
  const instance = autocannon({
    url,
    connections,
    overallRate: rate,
    duration,
    timeout: 10,
    ignoreCoordinatedOmission: true,
    requests: [{ setupRequest: () => next() }],
  });
  return { connections, rate, ...(await autocannonOutcome(instance, duration)) };
}

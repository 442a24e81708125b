import pg from 'pg';
import { generateEvent } from '../../bench/generator/generate-event.js';
import { importRow } from '../../bench/service/participant-body.js';
import type { FaultApi } from './fault-api.js';

export interface FaultEvent {
  id: string;
  slug: string;
  participants: number;
}

/** An event with `size` generated registrations (same seed, same people), imported as JSON. */
export async function eventWithGeneratedParticipants(
  api: FaultApi,
  size: number,
  seed = 6,
): Promise<FaultEvent> {
  const slug = `faults-${seed}-${Date.now().toString(36)}`;
  const event = await api.expect<{ id: string }>(201, 'POST', '/events', {
    name: 'Rencontres Franco-Marocaines de la Montagne (faults)',
    slug,
  });
  const rows = generateEvent({ size, seed, groundTruth: false }).profiles.map(importRow);
  const accepted = await api.expect<{ jobId: string; importId: string }>(
    202,
    'POST',
    `/events/${event.id}/imports`,
    rows,
  );
  const job = await api.waitForJob(accepted.jobId, 120_000);
  if (job.state !== 'completed') throw new Error(`Import failed: ${job.failedReason}`);
  const outcome = await api.expect<{ counts: { created: number } }>(
    200,
    'GET',
    `/events/${event.id}/imports/${accepted.importId}`,
  );
  if (outcome.counts.created !== size)
    throw new Error(`Imported ${JSON.stringify(outcome.counts)}, expected ${size} created`);
  return { id: event.id, slug, participants: size };
}

/** One suggestion as text: partner, score, interpreter flag and reasons, all compared. */
export type ListsByExternalId = Map<string, string[]>;

/**
 * The lists readers see (the event's current run), keyed by registration id, each suggestion
 * written out whole, so two runs compare entry by entry.
 */
export async function currentLists(databaseUrl: string, eventId: string) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{
      run_id: string;
      external_id: string;
      entries: { partnerId: string; score: number; needsInterpreter: boolean; reasons: unknown }[];
    }>(
      `SELECT ml.run_id, p.external_id, ml.entries
         FROM event e
         JOIN match_list ml ON ml.run_id = e.current_matching_run_id
         JOIN participant p ON p.id = ml.participant_id
        WHERE e.id = $1`,
      [eventId],
    );
    const { rows: people } = await client.query<{ id: string; external_id: string }>(
      'SELECT id, external_id FROM participant WHERE event_id = $1',
      [eventId],
    );
    const externalIds = new Map(people.map((person) => [person.id, person.external_id]));
    const lists: ListsByExternalId = new Map(
      rows.map((row) => [
        row.external_id,
        row.entries.map((entry) =>
          JSON.stringify([
            externalIds.get(entry.partnerId),
            entry.score,
            entry.needsInterpreter,
            entry.reasons,
          ]),
        ),
      ]),
    );
    return { runIds: [...new Set(rows.map((row) => row.run_id))], lists };
  } finally {
    await client.end();
  }
}

/** Registration ids whose lists differ between two runs (missing on one side included). */
export function differingLists(expected: ListsByExternalId, actual: ListsByExternalId): string[] {
  const ids = new Set([...expected.keys(), ...actual.keys()]);
  return [...ids]
    .filter((id) => JSON.stringify(expected.get(id)) !== JSON.stringify(actual.get(id)))
    .sort();
}

/** Participants of the event who consented to matching: each must have a list. */
export async function consentingCount(databaseUrl: string, eventId: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: number }>(
      'SELECT count(*)::int AS count FROM participant WHERE event_id = $1 AND consent_matching',
      [eventId],
    );
    return rows[0].count;
  } finally {
    await client.end();
  }
}

/** Lists stored under a run, whether readers see them or not. */
export async function storedListCount(databaseUrl: string, runId: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: number }>(
      'SELECT count(*)::int AS count FROM match_list WHERE run_id = $1',
      [runId],
    );
    return rows[0].count;
  } finally {
    await client.end();
  }
}

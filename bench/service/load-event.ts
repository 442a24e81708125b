import type { GeneratedParticipant } from '../generator/generated-participant.js';
import { progress } from '../support/log.js';
import { thousands } from '../support/format.js';
import type { ApiClient } from './api-client.js';
import { importRow } from './participant-body.js';
import { waitForJob } from './wait-for-job.js';

/** Rows per import: well under the service's 20,000-row and 20 MiB limits per upload. */
const ROWS_PER_IMPORT = 5_000;
const IMPORT_TIMEOUT_MS = 30 * 60_000;
const RUN_TIMEOUT_MS = 30 * 60_000;

export interface ImportOutcome {
  rows: number;
  milliseconds: number;
  counts: { created: number; updated: number; unchanged: number; rejected: number };
}

export interface ServiceRunOutcome {
  runId: string;
  participants: number;
  lists: number;
  shards: number;
  /** POST …/matching/runs to its job seen completed (polled every 250 ms). */
  milliseconds: number;
  /** The run's own createdAt → finishedAt, as the service recorded them. */
  serverMilliseconds: number;
}

interface ImportAccepted {
  jobId: string;
  importId: string;
  rows: number;
}

interface ImportRecord {
  status: string;
  counts: ImportOutcome['counts'];
  errors: { row: number; field: string; reason: string }[];
}

export interface BenchEvent {
  id: string;
  keys: { organiser: string; frontend: string };
}

export async function createEvent(api: ApiClient, slug: string): Promise<BenchEvent> {
  const { body } = await api.call<BenchEvent>('POST', '/events', {
    body: {
      name: `Benchmark ${slug}`,
      slug,
      startsOn: '2026-09-15',
      endsOn: '2026-09-16',
      settings: { topK: 50, crossCountryOnly: true },
    },
    expect: [201],
  });
  return body;
}

/** Imports the participants as JSON arrays of a few thousand rows, all enqueued at once. */
export async function importParticipants(
  api: ApiClient,
  eventId: string,
  participants: readonly GeneratedParticipant[],
): Promise<ImportOutcome> {
  const started = performance.now();
  const accepted: ImportAccepted[] = [];
  for (let start = 0; start < participants.length; start += ROWS_PER_IMPORT) {
    const rows = participants.slice(start, start + ROWS_PER_IMPORT).map(importRow);
    const { body } = await api.call<ImportAccepted>('POST', `/events/${eventId}/imports`, {
      body: rows,
      expect: [202],
      timeoutMs: 120_000,
    });
    accepted.push(body);
  }
  progress(`${accepted.length} imports enqueued; waiting for them`);
  const counts = { created: 0, updated: 0, unchanged: 0, rejected: 0 };
  for (const { jobId, importId } of accepted) {
    await waitForJob(api, jobId, IMPORT_TIMEOUT_MS, 500);
    const record = await api.get<ImportRecord>(`/events/${eventId}/imports/${importId}`);
    for (const key of Object.keys(counts) as (keyof typeof counts)[])
      counts[key] += record.counts[key];
    if (record.errors.length) {
      const first = record.errors[0];
      throw new Error(
        `Import ${importId} rejected ${record.errors.length} rows, e.g. row ${first.row}: ${first.field} ${first.reason}`,
      );
    }
  }
  const milliseconds = performance.now() - started;
  progress(`imported ${thousands(counts.created)} participants in ${Math.round(milliseconds)} ms`);
  return { rows: participants.length, milliseconds, counts };
}

/** A full matching run through the API: index, every shard, lists written to PostgreSQL. */
export async function runFullMatching(api: ApiClient, eventId: string): Promise<ServiceRunOutcome> {
  const started = performance.now();
  const { body } = await api.call<{ jobId: string; runId: string }>(
    'POST',
    `/events/${eventId}/matching/runs`,
    { expect: [202] },
  );
  const job = await waitForJob(api, body.jobId, RUN_TIMEOUT_MS, 250);
  const milliseconds = performance.now() - started;
  const run = await api.get<{
    participantCount: number;
    shardCount: number;
    createdAt: string;
    finishedAt: string;
  }>(`/events/${eventId}/matching/runs/${body.runId}`);
  const result = job.result as { lists: number };
  return {
    runId: body.runId,
    participants: run.participantCount,
    lists: result.lists,
    shards: run.shardCount,
    milliseconds,
    serverMilliseconds: Date.parse(run.finishedAt) - Date.parse(run.createdAt),
  };
}

import type { EntityManager } from 'typeorm';
import { roundedScore } from '../../matching/engine/rounded-score.js';
import type { ScheduleParams } from '../schedule-params.js';
import type { ScheduleEntity } from '../schedule.entity.js';
import type {
  CandidatePair,
  LockedMeeting,
  ScheduleProblem,
  SchedulingParticipant,
} from '../solver/schedule-problem.js';

/** The solver's problem plus what the glue needs to turn its answer back into rows. */
export interface LoadedScheduleProblem {
  problem: ScheduleProblem;
  externalIds: Map<string, string>;
  /** Meetings of the regenerated schedule, to count how many stayed put. */
  previousCount: number;
}

interface ParticipantRow {
  id: string;
  external_id: string;
  country: string;
  availability: number[] | null;
}

interface MeetingRow {
  participant_a: string;
  participant_b: string;
  round: number;
  table_number: number;
}

/**
 * Reads everything the solver needs in one consistent snapshot: consenting participants,
 * the run's scored pairs and, when regenerating, the meetings to keep.
 */
export async function loadScheduleProblem(
  manager: EntityManager,
  schedule: ScheduleEntity,
  runId: string,
  lockedFromStatus: string | null,
): Promise<LoadedScheduleProblem> {
  const params = schedule.params;
  const participants: ParticipantRow[] = await manager.query(
    `SELECT id, external_id, country, availability FROM participant
      WHERE event_id = $1 AND consent_matching ORDER BY id`,
    [schedule.eventId],
  );
  const externalIds = new Map(participants.map((row) => [row.id, row.external_id]));
  const idOf = new Map(participants.map((row) => [row.external_id, row.id]));
  // Both directions of every list: the solver keeps one per pair. Scores as people see them
  // (four decimals), so a schedule's total is the sum of the scores it shows.
  const candidates: CandidatePair[] = (
    await manager.query(
      `SELECT l.participant_id AS a, e->>'partnerId' AS b, (e->>'score')::float8 AS score,
              (e->>'needsInterpreter')::boolean AS "needsInterpreter"
         FROM match_list l CROSS JOIN LATERAL jsonb_array_elements(l.entries) e
        WHERE l.run_id = $1`,
      [runId],
    )
  )
    .filter((pair: CandidatePair) => externalIds.has(pair.a) && externalIds.has(pair.b))
    .map((pair: CandidatePair) => ({ ...pair, score: roundedScore(pair.score) }));

  const { locked, previous } = await meetingsToKeep(manager, params, lockedFromStatus, externalIds);
  const toIds = (pairs: readonly [string, string][]) =>
    pairs
      .map(([a, b]) => [idOf.get(a), idOf.get(b)] as const)
      .filter((pair): pair is readonly [string, string] => !!pair[0] && !!pair[1]);

  const problem: ScheduleProblem = {
    participants: participants.map((row) => toSchedulingParticipant(row, params.rounds)),
    candidates,
    rounds: params.rounds,
    tables: params.tables,
    minScore: params.minScore,
    minMeetings: params.minMeetings,
    maxMeetings: params.maxMeetings,
    mustMeet: toIds(params.mustMeet),
    mustNotMeet: toIds(params.mustNotMeet),
    locked,
    previous,
    allowInterpreterPairs: params.allowInterpreterPairs,
    seed: params.seed,
  };
  return { problem, externalIds, previousCount: locked.length + previous.length };
}

function toSchedulingParticipant(row: ParticipantRow, rounds: number): SchedulingParticipant {
  if (!row.availability) return { id: row.id, side: row.country };
  return {
    id: row.id,
    side: row.country,
    availableRounds: row.availability.filter((round) => round >= 1 && round <= rounds),
  };
}

/**
 * Published meetings of the regenerated schedule are locked (unless released) as long as they
 * still fit the new grid; the others are only preferred, so a late registration moves few.
 */
async function meetingsToKeep(
  manager: EntityManager,
  params: ScheduleParams,
  lockedFromStatus: string | null,
  externalIds: Map<string, string>,
): Promise<{ locked: LockedMeeting[]; previous: LockedMeeting[] }> {
  if (!params.lockedFrom) return { locked: [], previous: [] };
  const rows: MeetingRow[] = await manager.query(
    `SELECT participant_a, participant_b, round, table_number FROM meeting
      WHERE schedule_id = $1 ORDER BY round, table_number`,
    [params.lockedFrom],
  );
  const lockPublished = lockedFromStatus === 'published' && !params.releasePublished;
  const locked: LockedMeeting[] = [];
  const previous: LockedMeeting[] = [];
  for (const row of rows) {
    // Someone who withdrew consent is no longer scheduled, published or not.
    if (!externalIds.has(row.participant_a) || !externalIds.has(row.participant_b)) continue;
    const meeting = {
      a: row.participant_a,
      b: row.participant_b,
      round: row.round,
      table: row.table_number,
    };
    const fits = meeting.round <= params.rounds && meeting.table <= params.tables;
    (lockPublished && fits ? locked : previous).push(meeting);
  }
  return { locked, previous };
}

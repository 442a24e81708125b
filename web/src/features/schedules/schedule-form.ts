import type { components } from '../../api/schema';
import { isoToZonedLocal, zonedLocalToIso } from './zoned-time';

export type CreateScheduleBody = components['schemas']['CreateScheduleDto'];

/** A participant picked by name: the id goes to the API, the name stays for the organiser. */
export interface PickedParticipant {
  externalId: string;
  fullName: string;
}

export interface PickedPair {
  a: PickedParticipant;
  b: PickedParticipant;
}

/** What the organiser typed; numbers empty ('') when left blank. */
export interface ScheduleFormValues {
  rounds: number | '';
  tables: number | '';
  /** The venue's wall clock, `2026-05-20T14:00`. */
  start: string;
  roundMinutes: number | '';
  breakMinutes: number | '';
  breaks: { afterRound: number | ''; minutes: number | '' }[];
  minMeetings: number | '';
  maxMeetings: number | '';
  minScore: number | '';
  allowInterpreterPairs: boolean;
  mustMeet: PickedPair[];
  mustNotMeet: PickedPair[];
  /** The schedule this one regenerates (its published meetings stay), if any. */
  lockedFrom: string | null;
}

export const DEFAULT_FORM: Omit<ScheduleFormValues, 'start'> = {
  rounds: 8,
  tables: 20,
  roundMinutes: 10,
  breakMinutes: 2,
  breaks: [],
  minMeetings: 1,
  maxMeetings: '',
  minScore: 0,
  allowInterpreterPairs: true,
  mustMeet: [],
  mustNotMeet: [],
  lockedFrom: null,
};

const pairIds = (pairs: PickedPair[]): string[][] =>
  pairs.map(({ a, b }) => [a.externalId, b.externalId]);

/**
 * The POST /schedules body of the form, with the start in the venue's zone. Blank optional
 * numbers are left out so the service's defaults apply; a blank required one is sent as-is
 * (NaN is never sent) so the service names the field.
 */
export function scheduleRequestOf(
  values: ScheduleFormValues,
  timeZone: string,
): CreateScheduleBody {
  const number = (value: number | ''): number => (value === '' ? (undefined as never) : value);
  const body: CreateScheduleBody = {
    rounds: number(values.rounds),
    tables: number(values.tables),
    startAt: zonedLocalToIso(values.start, timeZone) ?? values.start,
    timeZone,
    roundMinutes: number(values.roundMinutes),
    breakMinutes: values.breakMinutes === '' ? 0 : values.breakMinutes,
    breaks: values.breaks
      .filter((entry) => entry.afterRound !== '' && entry.minutes !== '')
      .map((entry) => ({ afterRound: Number(entry.afterRound), minutes: Number(entry.minutes) })),
    minMeetings: values.minMeetings === '' ? 1 : values.minMeetings,
    minScore: values.minScore === '' ? 0 : values.minScore,
    allowInterpreterPairs: values.allowInterpreterPairs,
    mustMeet: pairIds(values.mustMeet),
    mustNotMeet: pairIds(values.mustNotMeet),
    releasePublished: false,
    seed: 0,
  };
  if (values.maxMeetings !== '') body.maxMeetings = values.maxMeetings;
  if (values.lockedFrom) body.lockedFrom = values.lockedFrom;
  return JSON.parse(JSON.stringify(body)) as CreateScheduleBody;
}

/** Adds a pair unless it is a person with themself or already listed (either way round). */
export function addPair(pairs: PickedPair[], pair: PickedPair): PickedPair[] {
  if (pair.a.externalId === pair.b.externalId) return pairs;
  const same = (other: PickedPair) =>
    (other.a.externalId === pair.a.externalId && other.b.externalId === pair.b.externalId) ||
    (other.a.externalId === pair.b.externalId && other.b.externalId === pair.a.externalId);
  return pairs.some(same) ? pairs : [...pairs, pair];
}

/** Field names of the service (`mustMeet.0`, `breaks[1].minutes`) to the form's inputs. */
export function formFieldOf(field: string): string {
  return field.split(/[.[]/)[0];
}

/** The form filled from a schedule's stored request, to regenerate it with changes. */
export function formValuesOf(
  params: Record<string, unknown>,
  timeZone: string,
  nameOf: (externalId: string) => string,
  lockedFrom: string | null,
): ScheduleFormValues {
  const stored = params as Partial<CreateScheduleBody> & { maxMeetings?: number };
  const pairs = (list: string[][] | undefined): PickedPair[] =>
    (list ?? []).map(([a, b]) => ({
      a: { externalId: a, fullName: nameOf(a) },
      b: { externalId: b, fullName: nameOf(b) },
    }));
  return {
    rounds: stored.rounds ?? DEFAULT_FORM.rounds,
    tables: stored.tables ?? DEFAULT_FORM.tables,
    start: stored.startAt ? isoToZonedLocal(stored.startAt, timeZone) : '',
    roundMinutes: stored.roundMinutes ?? DEFAULT_FORM.roundMinutes,
    breakMinutes: stored.breakMinutes ?? DEFAULT_FORM.breakMinutes,
    breaks: (stored.breaks ?? []).map((entry) => ({ ...entry })),
    minMeetings: stored.minMeetings ?? DEFAULT_FORM.minMeetings,
    maxMeetings: stored.maxMeetings ?? '',
    minScore: stored.minScore ?? DEFAULT_FORM.minScore,
    allowInterpreterPairs: stored.allowInterpreterPairs ?? true,
    mustMeet: pairs(stored.mustMeet),
    mustNotMeet: pairs(stored.mustNotMeet),
    lockedFrom,
  };
}

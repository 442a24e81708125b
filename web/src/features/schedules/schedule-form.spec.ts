import {
  addPair,
  DEFAULT_FORM,
  formFieldOf,
  formValuesOf,
  scheduleRequestOf,
} from './schedule-form';
import type { ScheduleFormValues } from './schedule-form';

const amina = { externalId: 'REG-1', fullName: 'Amina Idrissi' };
const jean = { externalId: 'REG-2', fullName: 'Jean Morel' };
const lea = { externalId: 'REG-3', fullName: 'Léa Martin' };

const form = (overrides: Partial<ScheduleFormValues> = {}): ScheduleFormValues => ({
  ...DEFAULT_FORM,
  start: '2026-05-20T14:00',
  ...overrides,
});

describe('scheduleRequestOf', () => {
  it('maps the form to the request, start in the venue zone and pairs as external ids', () => {
    const body = scheduleRequestOf(
      form({
        rounds: 6,
        tables: 12,
        roundMinutes: 8,
        breakMinutes: 2,
        breaks: [{ afterRound: 3, minutes: 30 }],
        minMeetings: 2,
        maxMeetings: 5,
        minScore: 0.2,
        allowInterpreterPairs: false,
        mustMeet: [{ a: amina, b: jean }],
        mustNotMeet: [{ a: jean, b: lea }],
        lockedFrom: '5b0c3e1a-1f2b-4c3d-8e9f-0a1b2c3d4e5f',
      }),
      'Africa/Casablanca',
    );
    expect(body).toEqual({
      rounds: 6,
      tables: 12,
      startAt: '2026-05-20T14:00:00+01:00',
      timeZone: 'Africa/Casablanca',
      roundMinutes: 8,
      breakMinutes: 2,
      breaks: [{ afterRound: 3, minutes: 30 }],
      minMeetings: 2,
      maxMeetings: 5,
      minScore: 0.2,
      allowInterpreterPairs: false,
      mustMeet: [['REG-1', 'REG-2']],
      mustNotMeet: [['REG-2', 'REG-3']],
      lockedFrom: '5b0c3e1a-1f2b-4c3d-8e9f-0a1b2c3d4e5f',
      releasePublished: false,
      seed: 0,
    });
  });

  it('leaves blank optional fields to the service and drops half-typed breaks', () => {
    const body = scheduleRequestOf(
      form({ maxMeetings: '', breaks: [{ afterRound: 2, minutes: '' }] }),
      'Europe/Paris',
    );
    expect(body).not.toHaveProperty('maxMeetings');
    expect(body).not.toHaveProperty('lockedFrom');
    expect(body.breaks).toEqual([]);
  });

  it('leaves a blank required number out so the service names the field', () => {
    const body = scheduleRequestOf(form({ rounds: '' }), 'Europe/Paris');
    expect(body).not.toHaveProperty('rounds');
    expect(JSON.stringify(body)).not.toContain('NaN');
  });
});

describe('addPair', () => {
  it('adds a pair once, whichever way round, and never a person with themself', () => {
    let pairs = addPair([], { a: amina, b: jean });
    pairs = addPair(pairs, { a: jean, b: amina });
    pairs = addPair(pairs, { a: lea, b: lea });
    expect(pairs).toEqual([{ a: amina, b: jean }]);
    expect(addPair(pairs, { a: amina, b: lea })).toHaveLength(2);
  });
});

describe('formFieldOf', () => {
  it("names the form's input of a field the service refused", () => {
    expect(formFieldOf('mustMeet.0')).toBe('mustMeet');
    expect(formFieldOf('breaks[1].minutes')).toBe('breaks');
    expect(formFieldOf('rounds')).toBe('rounds');
  });
});

describe('formValuesOf', () => {
  it("refills the form from a stored request, on the venue's clock, names looked up", () => {
    const values = formValuesOf(
      {
        rounds: 4,
        tables: 3,
        startAt: '2026-05-20T12:00:00.000Z',
        timeZone: 'Europe/Paris',
        roundMinutes: 9,
        breakMinutes: 1,
        breaks: [{ afterRound: 2, minutes: 20 }],
        minMeetings: 1,
        maxMeetings: 4,
        minScore: 0.1,
        mustMeet: [['REG-1', 'REG-2']],
        mustNotMeet: [],
        allowInterpreterPairs: true,
      },
      'Europe/Paris',
      (id) => (id === 'REG-1' ? 'Amina Idrissi' : 'Jean Morel'),
      'published-id',
    );
    expect(values).toMatchObject({
      rounds: 4,
      start: '2026-05-20T14:00',
      maxMeetings: 4,
      mustMeet: [{ a: amina, b: jean }],
      lockedFrom: 'published-id',
    });
    expect(scheduleRequestOf(values, 'Europe/Paris')).toMatchObject({
      startAt: '2026-05-20T14:00:00+02:00',
      mustMeet: [['REG-1', 'REG-2']],
      lockedFrom: 'published-id',
    });
  });
});

import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import {
  createEvent,
  importSampleEvent,
  frenchCompany,
  moroccanCommune,
} from './support/factories.js';
import { waitForJob } from './support/jobs.js';
import { databaseSnapshot } from './support/snapshot.js';
import { startTestApp, TestApp } from './support/test-app.js';

interface Party {
  externalId: string;
  fullName: string;
  organisation: string;
  country: string;
}
interface Meeting {
  table: number;
  a: Party;
  b: Party;
  score: number;
  needsInterpreter: boolean;
  locked: boolean;
  mustMeet: boolean;
}
interface Round {
  round: number;
  startsAt: string;
  endsAt: string;
  meetings: Meeting[];
}
interface Schedule {
  id: string;
  status: string;
  stats: {
    meetings: number;
    totalScore: number;
    upperBound: number;
    gap: number;
    method: string;
    meetingsPerParticipant: { min: number; mean: number; max: number };
    withoutMeeting: string[];
    lockedMeetings: number;
    keptMeetings: number | null;
  };
  rounds: Round[];
}

const GRID = {
  rounds: 6,
  tables: 40,
  startAt: '2026-05-20T14:00:00+02:00',
  roundMinutes: 8,
  breakMinutes: 2,
  breaks: [{ afterRound: 3, minutes: 20 }],
};

const pairKey = (m: Meeting) =>
  [m.a.externalId, m.b.externalId].sort((x, y) => (x < y ? -1 : 1)).join('|');
const meetingsOf = (schedule: Schedule) =>
  schedule.rounds.flatMap((round) => round.meetings.map((m) => ({ round: round.round, ...m })));

/** From the committed sample event to a published schedule, its CSV and each person's .ics. */
describe('Speed-meeting schedules', () => {
  let app: TestApp;
  let eventId: string;
  const availability = new Map<string, number[] | null>();

  const solve = async (body: Record<string, unknown>): Promise<Schedule> => {
    const accepted = await app.http().post(`/events/${eventId}/schedules`).send(body).expect(202);
    const job = await waitForJob(app, accepted.body.jobId, 60_000);
    expect(job).toMatchObject({ state: 'completed', name: 'solve-schedule' });
    const response = await app
      .http()
      .get(`/events/${eventId}/schedules/${accepted.body.scheduleId}`)
      .expect(200);
    return response.body as Schedule;
  };

  beforeAll(async () => {
    app = await startTestApp();
    eventId = (await createEvent(app, { name: 'Rencontres 2026', settings: { topK: 20 } })).id;
    await importSampleEvent(app, eventId);
    // Someone whose name a spreadsheet would run as a formula.
    await app
      .http()
      .put(`/events/${eventId}/participants/HOSTILE-1`)
      .send(
        frenchCompany({
          fullName: '=HYPERLINK("http://evil.example","clic")',
          email: 'hostile@example.fr',
          availability: null,
        }),
      )
      .expect(201);
    const run = await app.http().post(`/events/${eventId}/matching/runs`).expect(202);
    expect((await waitForJob(app, run.body.jobId, 60_000)).state).toBe('completed');
    const rows: { external_id: string; availability: number[] | null }[] =
      await app.dataSource.query(
        'SELECT external_id, availability FROM participant WHERE event_id = $1',
        [eventId],
      );
    rows.forEach((row) => availability.set(row.external_id, row.availability));
  }, 120_000);
  afterAll(() => app.close());

  describe('a first schedule', () => {
    let schedule: Schedule;
    beforeAll(async () => {
      schedule = await solve(GRID);
    }, 60_000);

    it('meets every hard rule: one meeting per person per round, tables in range, pairs once, other country', () => {
      expect(schedule.status).toBe('ready');
      expect(schedule.rounds).toHaveLength(6);
      const seenPairs = new Set<string>();
      for (const round of schedule.rounds) {
        expect(round.meetings.length).toBeLessThanOrEqual(GRID.tables);
        const busy = new Set<string>();
        const tables = new Set<number>();
        for (const meeting of round.meetings) {
          for (const party of [meeting.a, meeting.b]) {
            expect(busy.has(party.externalId)).toBe(false);
            busy.add(party.externalId);
            const attends = availability.get(party.externalId);
            if (attends) expect(attends).toContain(round.round);
          }
          expect(meeting.table).toBeGreaterThanOrEqual(1);
          expect(meeting.table).toBeLessThanOrEqual(GRID.tables);
          expect(tables.has(meeting.table)).toBe(false);
          tables.add(meeting.table);
          expect(meeting.a.country).not.toBe(meeting.b.country);
          expect(seenPairs.has(pairKey(meeting))).toBe(false);
          seenPairs.add(pairKey(meeting));
        }
      }
      expect(seenPairs.size).toBe(schedule.stats.meetings);
    });

    it('reports its total, an upper bound no smaller, and the gap between them', () => {
      const total = meetingsOf(schedule).reduce((sum, m) => sum + m.score, 0);
      const { stats } = schedule;
      expect(stats.meetings).toBeGreaterThan(100);
      expect(stats.totalScore).toBeCloseTo(total, 4);
      expect(stats.upperBound).toBeGreaterThanOrEqual(stats.totalScore - 1e-6);
      expect(stats.gap).toBeCloseTo((stats.upperBound - stats.totalScore) / stats.upperBound, 5);
      expect(stats.gap).toBeLessThan(0.05);
      expect(stats.meetingsPerParticipant.max).toBeLessThanOrEqual(GRID.rounds);
    });

    it('times the rounds with the usual break and the extra pause', () => {
      expect(schedule.rounds.map((round) => round.startsAt)).toEqual([
        '2026-05-20T12:00:00.000Z',
        '2026-05-20T12:10:00.000Z',
        '2026-05-20T12:20:00.000Z',
        '2026-05-20T12:50:00.000Z',
        '2026-05-20T13:00:00.000Z',
        '2026-05-20T13:10:00.000Z',
      ]);
      expect(schedule.rounds[0].endsAt).toBe('2026-05-20T12:08:00.000Z');
    });

    it('gives a participant their agenda: time, table, partner and why they meet', async () => {
      const [first] = meetingsOf(schedule);
      const me = first.a.externalId;
      const response = await app
        .http()
        .get(`/events/${eventId}/schedules/${schedule.id}/participants/${me}`)
        .expect(200);
      const mine = meetingsOf(schedule).filter((m) =>
        [m.a.externalId, m.b.externalId].includes(me),
      );
      expect(response.body.participant.externalId).toBe(me);
      expect(response.body.timeZone).toBe('Europe/Paris');
      expect(response.body.meetings).toHaveLength(mine.length);
      const [meeting] = response.body.meetings;
      expect(meeting).toMatchObject({
        round: first.round,
        table: first.table,
        partner: { externalId: first.b.externalId, organisation: first.b.organisation },
        startsAt: schedule.rounds[first.round - 1].startsAt,
      });
      // The venue's clock with its offset, next to UTC: the first round starts at 14:00 in Paris.
      if (first.round === 1) expect(meeting.startsAtLocal).toBe('2026-05-20T14:00:00+02:00');
      expect(meeting.startsAtLocal).toMatch(/^2026-05-20T1[4-5]:\d\d:00\+02:00$/);
      expect(new Date(meeting.startsAtLocal).toISOString()).toBe(meeting.startsAt);
      expect(new Date(meeting.endsAtLocal).toISOString()).toBe(meeting.endsAt);
      expect(meeting.reasons.length).toBeGreaterThanOrEqual(1);
      expect(meeting.reasons[0].text).toMatch(/[a-zé]{4}/);
      const english = await app
        .http()
        .get(`/events/${eventId}/schedules/${schedule.id}/participants/${me}?lang=en`)
        .expect(200);
      expect(english.body.meetings[0].reasons[0].text).not.toBe(meeting.reasons[0].text);
    });

    it('exports the agenda as an iCalendar file, by extension or by Accept header', async () => {
      const [first] = meetingsOf(schedule);
      const me = first.a.externalId;
      const path = `/events/${eventId}/schedules/${schedule.id}/participants/${me}`;
      const byExtension = await app.http().get(`${path}.ics`).expect(200);
      expect(byExtension.headers['content-type']).toMatch(/^text\/calendar/);
      const byAccept = await app.http().get(path).set('Accept', 'text/calendar').expect(200);
      expect(byAccept.text).toBe(byExtension.text);

      const calendar = new ICAL.Component(ICAL.parse(byExtension.text));
      const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      const mine = meetingsOf(schedule).filter((m) =>
        [m.a.externalId, m.b.externalId].includes(me),
      );
      expect(events).toHaveLength(mine.length);
      expect(events[0].startDate.toJSDate().toISOString()).toBe(
        schedule.rounds[first.round - 1].startsAt,
      );
      expect(events[0].summary).toContain(first.b.fullName);
      expect(events[0].location).toContain(`Table ${first.table}`);
      expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
      // Times in UTC, and the venue's zone named for calendars that show it.
      expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Europe/Paris');
    });

    it('exports one CSV line per meeting for the room team, with a BOM and formulas defused', async () => {
      const response = await app
        .http()
        .get(`/events/${eventId}/schedules/${schedule.id}.csv`)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(response.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
      const bytes = response.body as Buffer;
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
      expect(lines[0]).toBe(
        "Date;Tour;Début;Fin;Table;N° d'inscription A;Participant A;Organisation A;Pays A;" +
          "N° d'inscription B;Participant B;Organisation B;Pays B;Interprète;Score",
      );
      expect(lines).toHaveLength(schedule.stats.meetings + 1);
      expect(lines[1]).toMatch(/^2026-05-20;1;14:00;14:08;\d+;/);
      const hostile = meetingsOf(schedule).some((m) =>
        [m.a.externalId, m.b.externalId].includes('HOSTILE-1'),
      );
      if (hostile) expect(lines.some((line) => line.includes(`"'=HYPERLINK(`))).toBe(true);
      expect(lines.some((line) => /(^|;)"?=/.test(line))).toBe(false);

      // Read as a spreadsheet would: one record per meeting, in round and table order, with
      // both registration ids, and scores a French spreadsheet reads as numbers.
      const records: string[][] = parse(bytes, {
        bom: true,
        delimiter: ';',
        record_delimiter: ['\r\n', '\n', '\r'],
      });
      const meetings = meetingsOf(schedule).sort((x, y) => x.round - y.round || x.table - y.table);
      expect(records.slice(1)).toHaveLength(meetings.length);
      for (const [i, m] of meetings.entries()) {
        const record = records[i + 1];
        expect(record).toHaveLength(15);
        expect(record.slice(0, 2)).toEqual(['2026-05-20', String(m.round)]);
        expect(record[4]).toBe(String(m.table));
        expect([record[5], record[8], record[9], record[12]]).toEqual([
          m.a.externalId,
          m.a.country,
          m.b.externalId,
          m.b.country,
        ]);
        expect(record[14]).toMatch(/^\d(,\d{1,3})?$/);
        expect(Number(record[14].replace(',', '.'))).toBeCloseTo(m.score, 2);
      }
    });
  });

  it('keeps published meetings where they are when it regenerates, unless released', async () => {
    const first = await solve({ ...GRID, seed: 1 });
    const published = await app
      .http()
      .post(`/events/${eventId}/schedules/${first.id}/publish`)
      .expect(200);
    expect(published.body.status).toBe('published');

    // A late registration, then a new schedule: the published one is kept by default.
    await app
      .http()
      .put(`/events/${eventId}/participants/LATE-1`)
      .send(moroccanCommune({ email: 'late@example.ma', availability: null }))
      .expect(201);
    await waitForMatchesOf('LATE-1');
    const second = await solve({ ...GRID, seed: 2 });
    const at = (m: Meeting & { round: number }) => `${pairKey(m)}@${m.round}/${m.table}`;
    const before = new Set(meetingsOf(first).map(at));
    const kept = meetingsOf(second).filter((m) => before.has(at(m)));
    expect(second.stats.lockedMeetings).toBe(first.stats.meetings);
    expect(kept).toHaveLength(first.stats.meetings);
    expect(meetingsOf(second).filter((m) => m.locked)).toHaveLength(first.stats.meetings);

    const released = await solve({ ...GRID, seed: 2, releasePublished: true });
    expect(released.stats.lockedMeetings).toBe(0);
  }, 120_000);

  it('honours must-meet and must-not-meet pairs', async () => {
    const base = await solve({ ...GRID, seed: 3, lockedFrom: undefined, releasePublished: true });
    const [scheduled] = meetingsOf(base);
    const forbidden: [string, string] = [scheduled.a.externalId, scheduled.b.externalId];
    // Two people of different countries who did not meet and both attend round 1.
    const met = new Set(meetingsOf(base).map(pairKey));
    const everyRound = [...availability].filter(([, rounds]) => !rounds || rounds.length === 6);
    const people: { external_id: string; country: string }[] = await app.dataSource.query(
      `SELECT external_id, country FROM participant
        WHERE event_id = $1 AND consent_matching AND external_id = ANY($2) ORDER BY external_id`,
      [eventId, everyRound.map(([id]) => id)],
    );
    const fr = people.filter((p) => p.country === 'FR');
    const ma = people.filter((p) => p.country === 'MA');
    const wanted = fr
      .flatMap((f) => ma.map((m) => [f.external_id, m.external_id] as [string, string]))
      .find(([f, m]) => !met.has([f, m].sort().join('|')))!;

    const constrained = await solve({
      ...GRID,
      seed: 3,
      releasePublished: true,
      mustMeet: [wanted],
      mustNotMeet: [forbidden],
    });
    const pairs = meetingsOf(constrained);
    expect(pairs.some((m) => pairKey(m) === [...wanted].sort().join('|') && m.mustMeet)).toBe(true);
    expect(pairs.some((m) => pairKey(m) === [...forbidden].sort().join('|'))).toBe(false);
  }, 120_000);

  describe('refuses what it cannot do, naming the field, writing nothing', () => {
    it.each([
      [{ ...GRID, rounds: 0 }, 'rounds'],
      [{ ...GRID, startAt: '20 mai 14h' }, 'startAt'],
      [{ ...GRID, startAt: '2026-05-20T14:00:00' }, 'startAt'],
      [{ ...GRID, timeZone: 'Mars/Olympus' }, 'timeZone'],
      [{ ...GRID, breaks: [{ afterRound: 6, minutes: 10 }] }, 'breaks[0].afterRound'],
      [{ ...GRID, minMeetings: 4, maxMeetings: 3 }, 'minMeetings'],
      [{ ...GRID, maxMeetings: 7 }, 'maxMeetings'],
      [{ ...GRID, mustMeet: [['RFMM-0001']] }, 'mustMeet'],
      [{ ...GRID, mustMeet: [['RFMM-0001', 'NOBODY-9']] }, 'mustMeet[0][1]'],
      [
        {
          ...GRID,
          mustMeet: [['RFMM-0001', 'RFMM-0002']],
          mustNotMeet: [['RFMM-0002', 'RFMM-0001']],
        },
        'mustMeet[0]',
      ],
      [{ ...GRID, lockedFrom: '00000000-0000-4000-8000-000000000000' }, 'lockedFrom'],
    ])('%j → 400 naming %s', async (body, field) => {
      const before = await databaseSnapshot(app.dataSource);
      const response = await app.http().post(`/events/${eventId}/schedules`).send(body).expect(400);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      expect(await databaseSnapshot(app.dataSource)).toBe(before);
    });

    it('answers 409 before the event has matching scores', async () => {
      const fresh = await createEvent(app);
      const response = await app
        .http()
        .post(`/events/${fresh.id}/schedules`)
        .send(GRID)
        .expect(409);
      expect(response.body.message).toMatch(/matching/i);
    });

    it('never shows a schedule through another event', async () => {
      const schedule = await solve({ ...GRID, seed: 5, releasePublished: true });
      const other = await createEvent(app);
      await app.http().get(`/events/${other.id}/schedules/${schedule.id}`).expect(404);
      await app.http().get(`/events/${other.id}/schedules/${schedule.id}.csv`).expect(404);
      await app.http().post(`/events/${other.id}/schedules/${schedule.id}/publish`).expect(404);
      await app.http().get(`/events/${eventId}/schedules/not-a-schedule`).expect(404);
    }, 60_000);
  });

  it('drops an erased participant from every schedule', async () => {
    const schedule = await solve({ ...GRID, seed: 4, releasePublished: true });
    // Someone the validation cases below do not name.
    const gone = meetingsOf(schedule).find((m) => m.b.externalId.startsWith('RFMM-01'))!.b
      .externalId;
    await app.http().delete(`/events/${eventId}/participants/${gone}`).expect(204);
    const after = await app.http().get(`/events/${eventId}/schedules/${schedule.id}`).expect(200);
    const names = meetingsOf(after.body).flatMap((m) => [m.a.externalId, m.b.externalId]);
    expect(names).not.toContain(gone);
    expect(meetingsOf(after.body)).toHaveLength(schedule.stats.meetings - countOf(schedule, gone));
  }, 60_000);

  function countOf(schedule: Schedule, externalId: string): number {
    return meetingsOf(schedule).filter((m) => [m.a.externalId, m.b.externalId].includes(externalId))
      .length;
  }

  async function waitForMatchesOf(externalId: string): Promise<void> {
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      const response = await app
        .http()
        .get(`/events/${eventId}/participants/${externalId}/matches`);
      if (response.status === 200 && response.body.length > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`${externalId} has no suggestions after 30 s`);
  }
});

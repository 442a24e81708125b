import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Response } from 'supertest';
import { DEV_ADMIN_API_KEY } from '../src/config/env.schema.js';
import { waitForJob } from './support/jobs.js';
import { bashBlocksOf, CurlCommand, curlCommands, readme } from './support/readme-commands.js';
import { startTestApp, TestApp } from './support/test-app.js';

interface Match {
  partner: { externalId: string; country: string };
  score: number;
  reasons: { kind: string; text: string }[];
}

/**
 * The README's commands, read from README.md and run as written (curl turned into the same
 * requests) against the committed sample: a newcomer following it gets what it promises.
 */
describe('The README examples', () => {
  let app: TestApp;
  let outbox: string;
  /** Every command run, with its answer, in README order. */
  const answers: { command: CurlCommand; response: Response }[] = [];
  const answerTo = (method: string, path: string) => {
    const found = answers.find((a) => a.command.method === method && a.command.path === path);
    if (!found) throw new Error(`The README no longer runs ${method} ${path}`);
    return found.response;
  };

  beforeAll(async () => {
    outbox = await mkdtemp(join(tmpdir(), 'readme-outbox-'));
    // The laptop defaults the README's $ADMIN is written for.
    app = await startTestApp({ mailOutboxDir: outbox, adminApiKey: DEV_ADMIN_API_KEY });
    // What the reader fills in from earlier answers.
    const filled: Record<string, string> = {};
    const variables: Record<string, string> = {};
    for (const heading of [
      'The API in five minutes',
      'Matching',
      'Speed-meeting schedules',
      'E-mails',
    ]) {
      for (const block of bashBlocksOf(readme(), heading)) {
        for (const command of curlCommands(block, () => filled, variables)) {
          const response = await run(command);
          answers.push({ command, response });
          const expected = command.expectedStatus;
          if (expected ? response.status !== expected : response.status >= 300) {
            throw new Error(
              `README: ${command.text}\nanswered ${response.status} ${JSON.stringify(response.body)}` +
                (expected ? ` (the README promises ${expected})` : ''),
            );
          }
          const body = response.body ?? {};
          if (body.keys?.organiser) filled['mmo_…'] = body.keys.organiser;
          if (body.runId) filled['<runId>'] = body.runId;
          if (body.scheduleId) filled['<scheduleId>'] = body.scheduleId;
          if (body.importId) {
            filled['<importId>'] = body.importId;
            filled['import-…'] = body.jobId;
          }
          if (body.jobId?.startsWith('mailing-')) filled['mailing-…'] = body.jobId;
          // "wait for the job": the reader waits before the next command.
          if (body.jobId) {
            const job = await waitForJob(app, body.jobId, 120_000);
            if (job.state !== 'completed') throw new Error(`${command.text}: job ${job.state}`);
          }
        }
      }
    }
  }, 240_000);
  afterAll(async () => {
    await app?.close();
    await rm(outbox, { recursive: true, force: true });
  });

  async function run(command: CurlCommand): Promise<Response> {
    const method = command.method.toLowerCase() as 'get' | 'post' | 'put' | 'delete';
    let request = app.as(null)[method](command.path);
    for (const [name, value] of Object.entries(command.headers)) request = request.set(name, value);
    if (command.file) {
      return request.send(await readFile(new URL(`../${command.file}`, import.meta.url)));
    }
    return command.body !== undefined ? request.send(command.body) : request;
  }

  it('creates its events with the admin key a laptop install has', () => {
    expect(answerTo('POST', '/events').request.getHeader('Authorization')).toBe(
      `Bearer ${DEV_ADMIN_API_KEY}`,
    );
  });

  /** The answers to the README's match commands whose query contains `part`. */
  const matchAnswers = (part: string) =>
    answers.filter(
      (a) =>
        /\/participants\/[^/]+\/matches\?/.test(a.command.path) && a.command.path.includes(part),
    );

  it('shows the offer-answers-need reason the introduction promises', () => {
    const [first] = matchAnswers('limit=');
    const matches: Match[] = first.response.body;
    const limit = Number(new URLSearchParams(first.command.path.split('?')[1]).get('limit'));
    expect(matches).toHaveLength(limit);
    for (const match of matches) {
      expect(match.partner.country).toBe('MA');
      expect(match.reasons).toContainEqual(
        expect.objectContaining({
          kind: 'complementarity',
          text: expect.stringMatching(/^Son offre \(.+\) répond à votre besoin \(.+\)$/),
        }),
      );
    }
  });

  it('finds partners above the minScore of its example', () => {
    const [filtered] = matchAnswers('minScore=');
    const minScore = Number(
      new URLSearchParams(filtered.command.path.split('?')[1]).get('minScore'),
    );
    const matches: Match[] = filtered.response.body;
    expect(matches.length).toBeGreaterThan(0);
    for (const match of matches) expect(match.score).toBeGreaterThanOrEqual(minScore);
    expect(matches[0].reasons[0].text).toMatch(/^Their offer \(.+\) answers your need/);
  });

  it('seats the must-meet pairs of its schedule example, each with a score', async () => {
    const { command, response } = answers.find(
      (a) => a.command.method === 'POST' && a.command.path === '/events/essai/schedules',
    )!;
    const wanted: [string, string][] = JSON.parse(command.body!).mustMeet;
    expect(wanted.length).toBeGreaterThan(0);
    const schedule = (
      await app.http().get(`/events/essai/schedules/${response.body.scheduleId}`).expect(200)
    ).body;
    const meetings: {
      a: { externalId: string };
      b: { externalId: string };
      mustMeet: boolean;
      score: number;
    }[] = schedule.rounds.flatMap((round: { meetings: unknown[] }) => round.meetings);
    for (const pair of wanted) {
      const meeting = meetings.find(
        (m) => [m.a.externalId, m.b.externalId].sort().join('|') === [...pair].sort().join('|'),
      );
      expect(meeting).toMatchObject({ mustMeet: true });
      expect(meeting!.score).toBeGreaterThan(0);
    }
    expect(schedule.stats.unmetMustMeet).toEqual([]);
  });

  it('refuses a must-meet pair from one country under crossCountryOnly, naming it', async () => {
    // RFMM-0002 and RFMM-0101 (both French) were the README's example pair.
    const response = await app
      .http()
      .post('/events/essai/schedules')
      .send({
        rounds: 6,
        tables: 40,
        startAt: '2026-09-15T14:00:00+02:00',
        roundMinutes: 8,
        mustMeet: [['RFMM-0002', 'RFMM-0101']],
      })
      .expect(400);
    expect(response.body.errors).toEqual([
      {
        field: 'mustMeet[0]',
        reason: expect.stringContaining('"RFMM-0002" and "RFMM-0101" are both from FR'),
      },
    ]);
  });

  it('writes the e-mails it says it writes', async () => {
    const deliveries = answerTo('GET', '/events/essai/notifications/deliveries?status=failed');
    expect(deliveries.body.items).toEqual([]);
    const preview = answers.find((a) =>
      /^\/events\/essai\/notifications\/preview\/[^?]+$/.test(a.command.path),
    )!.response;
    expect(preview.text).toContain('répond à votre besoin');
  });
});

import { waitForJob } from './jobs.js';
import type { TestApp } from './test-app.js';

export interface MailingResult {
  mailingId: string;
  kind: string;
  dryRun: boolean;
  recipients: number;
  counts: Record<string, number>;
  skipped: Record<string, number>;
  warnings: string[];
  report?: { externalId: string; status: string; reason?: string; items?: string[] }[];
}

export interface DeliveryView {
  id: string;
  kind: string;
  status: string;
  skipReason: string | null;
  participant: { externalId: string; fullName: string; email: string };
  providerMessageId: string | null;
  error: string | null;
  attempts: number;
  sentAt: string | null;
}

export interface DeliveryPage {
  items: DeliveryView[];
  totals: Record<'queued' | 'sent' | 'failed' | 'skipped', number>;
  nextCursor: string | null;
}

/** POST …/notifications/suggestions, then the planning job's result. */
export async function sendSuggestions(
  app: TestApp,
  eventId: string,
  body: Record<string, unknown> = {},
): Promise<MailingResult> {
  const accepted = await app
    .http()
    .post(`/events/${eventId}/notifications/suggestions`)
    .send(body)
    .expect(202);
  const job = await waitForJob(app, accepted.body.jobId);
  if (job.state !== 'completed') throw new Error(`Mailing job ${job.state}: ${job.failedReason}`);
  return job.result as MailingResult;
}

export async function deliveries(app: TestApp, eventId: string, query = ''): Promise<DeliveryPage> {
  const response = await app
    .http()
    .get(`/events/${eventId}/notifications/deliveries${query}`)
    .expect(200);
  return response.body as DeliveryPage;
}

/** Polls the delivery log until nothing is left queued (sent, failed or skipped). */
export async function waitForDeliveries(
  app: TestApp,
  eventId: string,
  timeoutMs = 30_000,
): Promise<DeliveryPage> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const page = await deliveries(app, eventId, '?limit=200');
    if (page.totals.queued === 0) return page;
    if (Date.now() > deadline)
      throw new Error(`Deliveries still queued: ${JSON.stringify(page.totals)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

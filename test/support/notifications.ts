import { JobName, QueueName } from '../../src/jobs/queue-names.js';
import { QueuesService } from '../../src/jobs/queues.service.js';
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

/**
 * Waits until the notifications queue holds no job left to run (planning or sending, waiting,
 * delayed for a retry, or running), so "nothing more was sent" is asserted once every job has
 * completed or failed, however slow the worker, rather than after a fixed pause. A dry run's
 * expiry, an hour away, sends nothing and is not waited for.
 */
export async function waitForNotificationsIdle(app: TestApp, timeoutMs = 30_000): Promise<void> {
  const queue = app.app.get(QueuesService).queue(QueueName.Notifications);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const pending = await queue.getJobs(['active', 'waiting', 'prioritized', 'waiting-children']);
    const delayed = await queue.getJobs(['delayed']);
    const left = [...pending, ...delayed.filter((job) => job.name !== JobName.ExpireDryRun)];
    if (left.length === 0) return;
    if (Date.now() > deadline) {
      throw new Error(`Notification jobs still pending: ${left.map((job) => job.id).join(', ')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

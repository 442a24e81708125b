import type { TestApp } from './test-app.js';

export interface JobState {
  id: string;
  queue: string;
  name: string;
  state: string;
  progress: unknown;
  result: unknown;
  failedReason: string | null;
}

/** Polls GET /jobs/:id, as a front-end would, until the job has finished one way or the other. */
export async function waitForJob(
  app: TestApp,
  jobId: string,
  timeoutMs = 30_000,
): Promise<JobState> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await app.http().get(`/jobs/${jobId}`).expect(200);
    const job = response.body as JobState;
    if (job.state === 'completed' || job.state === 'failed') return job;
    if (Date.now() > deadline)
      throw new Error(`Job ${jobId} still ${job.state} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

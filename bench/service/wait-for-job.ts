import type { ApiClient } from './api-client.js';

export interface JobState {
  id: string;
  state: string;
  progress: unknown;
  result: unknown;
  failedReason: string | null;
}

/** Polls GET /jobs/:jobId until the job completes; a failed job or a timeout is an error. */
export async function waitForJob(
  api: ApiClient,
  jobId: string,
  timeoutMs: number,
  pollMs = 200,
): Promise<JobState> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = await api.get<JobState>(`/jobs/${encodeURIComponent(jobId)}`);
    if (job.state === 'completed') return job;
    if (job.state === 'failed') throw new Error(`Job ${jobId} failed: ${job.failedReason}`);
    if (Date.now() > deadline) {
      throw new Error(
        `Job ${jobId} not done after ${Math.round(timeoutMs / 1000)} s (state ${job.state}, progress ${JSON.stringify(job.progress)})`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

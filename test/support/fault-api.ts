import { ADMIN_API_KEY, sleep } from './fault-service.js';

export interface ApiAnswer<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
  /** Milliseconds from sending the request to the end of the answer. */
  elapsedMs: number;
}

export interface JobState {
  id: string;
  state: string;
  progress: unknown;
  result: unknown;
  failedReason: string | null;
  attemptsMade: number;
}

/**
 * HTTP to a service process, as the admin. Every request has a deadline: a request that hangs
 * fails the test with its method and path instead of stalling it.
 */
export class FaultApi {
  constructor(readonly baseUrl: string) {}

  async request<T = unknown>(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    path: string,
    /** `body` is sent as JSON, `csv` as it is (text/csv). */
    options: { body?: unknown; csv?: Buffer; timeoutMs?: number } = {},
  ): Promise<ApiAnswer<T>> {
    const started = Date.now();
    const timeoutMs = options.timeoutMs ?? 15_000;
    let response: Response;
    let text: string;
    try {
      response = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers: {
          Authorization: `Bearer ${ADMIN_API_KEY}`,
          ...(options.body !== undefined && { 'Content-Type': 'application/json' }),
          ...(options.csv && { 'Content-Type': 'text/csv' }),
        },
        body:
          options.csv ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
        signal: AbortSignal.timeout(timeoutMs),
      });
      text = await response.text();
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause;
      const reason = (error as Error).name === 'TimeoutError' ? `no answer in ${timeoutMs} ms` : '';
      throw new Error(`${method} ${path}: ${reason || cause?.code || (error as Error).message}`, {
        cause: error,
      });
    }
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      // Not JSON: kept as text for the assertion message.
    }
    return {
      status: response.status,
      body: body as T,
      headers: response.headers,
      elapsedMs: Date.now() - started,
    };
  }

  /** A request that must answer `status`; anything else is an error quoting the answer. */
  async expect<T = unknown>(
    status: number,
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    path: string,
    body?: unknown,
  ): Promise<T> {
    const answer = await this.request<T>(method, path, { body });
    if (answer.status !== status) {
      throw new Error(
        `${method} ${path} answered ${answer.status}, not ${status}: ${JSON.stringify(answer.body).slice(0, 1_000)}`,
      );
    }
    return answer.body;
  }

  /** Polls GET /jobs/:id until the job has completed or failed. */
  async waitForJob(jobId: string, timeoutMs: number): Promise<JobState> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const job = await this.expect<JobState>(200, 'GET', `/jobs/${jobId}`);
      if (job.state === 'completed' || job.state === 'failed') return job;
      if (Date.now() > deadline)
        throw new Error(`Job ${jobId} still ${job.state} after ${timeoutMs} ms`);
      await sleep(200);
    }
  }
}

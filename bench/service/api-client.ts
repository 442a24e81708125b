/** A small JSON client for the service: every unexpected status is an error naming the call. */
export class ApiClient {
  constructor(
    readonly baseUrl: string,
    private readonly apiKey: string,
  ) {}

  async call<T>(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    path: string,
    options: { body?: unknown; expect: readonly number[]; timeoutMs?: number },
  ): Promise<{ status: number; body: T }> {
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}${path}`, {
        method,
        headers: {
          Authorization: `Bearer ${this.apiKey}`,
          ...(options.body !== undefined && { 'Content-Type': 'application/json' }),
        },
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
      });
    } catch (error) {
      // fetch says only "fetch failed"; the reason (ECONNREFUSED, timeout …) is in its cause.
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      const reason = cause?.code ?? cause?.message ?? (error as Error).message;
      throw new Error(`${method} ${path} got no answer: ${reason}`, { cause: error });
    }
    const text = await response.text();
    if (!options.expect.includes(response.status)) {
      throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 2_000)}`);
    }
    return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
  }

  async get<T>(path: string, expect: readonly number[] = [200]): Promise<T> {
    return (await this.call<T>('GET', path, { expect })).body;
  }
}

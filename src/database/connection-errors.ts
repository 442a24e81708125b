/** Turns a failed connection into one sentence: which service, where, and how to start it. */
export function describeConnectionFailure(
  service: 'PostgreSQL' | 'Redis',
  url: string,
  error: unknown,
): string {
  const code = (error as { code?: string }).code;
  const detail = code ?? (error instanceof Error ? error.message : String(error));
  return (
    `Cannot reach ${service} at ${redactUrl(url)} (${detail}). ` +
    `Start it (\`docker compose up -d ${service === 'PostgreSQL' ? 'postgres' : 'redis'}\`, ` +
    `or your system's service manager) or set ${service === 'PostgreSQL' ? 'DATABASE_URL' : 'REDIS_URL'}.`
  );
}

/** Hides a password in a connection URL before it is printed. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}

// Network failures, and SQLSTATEs of a server that is down, starting or out of connections.
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE']);
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
const UNAVAILABLE_MESSAGES = [
  'Connection terminated', // the server or the network closed the connection
  'timeout exceeded when trying to connect', // the pool's connectionTimeoutMillis
  'Client has encountered a connection error',
  'Query read timeout',
];

/** True when a query failed because PostgreSQL cannot be reached, not because of the query. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const cause = (error as { driverError?: unknown }).driverError ?? error;
  const { code, message } = (cause ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (UNREACHABLE_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code)) return true;
    if (code.startsWith('08')) return true; // connection_exception class
  }
  return typeof message === 'string' && UNAVAILABLE_MESSAGES.some((text) => message.includes(text));
}

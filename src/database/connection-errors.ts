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

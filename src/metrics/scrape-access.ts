import type { IncomingHttpHeaders } from 'node:http';
import { sameSecret } from '../auth/key-secret.js';

/**
 * Whether a scrape may read the metrics: without METRICS_TOKEN the endpoint does not exist
 * (404, nothing leaks); with it, only `Authorization: Bearer <METRICS_TOKEN>` gets through.
 */
export function scrapeAccess(
  metricsToken: string | null,
  headers: IncomingHttpHeaders,
): 'allowed' | 'not-found' | 'unauthorized' {
  if (!metricsToken) return 'not-found';
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '');
  return match && sameSecret(match[1], metricsToken) ? 'allowed' : 'unauthorized';
}

export const SCRAPE_UNAUTHORIZED =
  'Send the metrics token (METRICS_TOKEN) as "Authorization: Bearer <token>"';

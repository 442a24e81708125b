import type { INestApplication } from '@nestjs/common';
import type { CorsOptions } from '@nestjs/common/interfaces/external/cors-options.interface.js';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import { readEventReference } from '../events/event-reference.js';

const CACHE_MS = 30_000;
const CACHE_ENTRIES = 1_000;
const EVENT_PATH = /^\/events\/([^/?#]+)/;

/**
 * CORS per event: a browser page may call /events/:eventId/… when its origin is in that event's
 * `corsOrigins` setting; no other cross-origin call is allowed. Origins are cached briefly.
 */
export function enableEventCors(app: INestApplication): void {
  const dataSource = app.get(DataSource);
  const cache = new Map<string, { origins: string[]; until: number }>();
  const originsOf = async (eventRef: string): Promise<string[]> => {
    const cached = cache.get(eventRef);
    if (cached && cached.until > Date.now()) return cached.origins;
    // Read as the key guard reads it: a reference naming no event allows no origin.
    const named = readEventReference(eventRef);
    const [row]: { origins: string[] | null }[] = !named
      ? []
      : await dataSource.query(
          `SELECT settings->'corsOrigins' AS origins FROM event
            WHERE ${'id' in named ? 'id = $1::uuid' : 'slug = $1'}`,
          ['id' in named ? named.id : named.slug],
        );
    const origins = row?.origins ?? [];
    // Anyone can send made-up event references: the cache must not grow without end.
    if (cache.size >= CACHE_ENTRIES) cache.clear();
    cache.set(eventRef, { origins, until: Date.now() + CACHE_MS });
    return origins;
  };
  app.enableCors(
    (request: Request, callback: (error: Error | null, options: CorsOptions) => void) => {
      const origin = request.headers.origin;
      const eventRef = EVENT_PATH.exec(request.path)?.[1];
      if (!origin || !eventRef) return callback(null, { origin: false });
      originsOf(decodedReference(eventRef)).then(
        (origins) =>
          callback(null, {
            origin: origins.some((allowed) => allowed.toLowerCase() === origin.toLowerCase()),
            allowedHeaders: ['Authorization', 'X-Api-Key', 'Content-Type', 'Accept'],
            methods: ['GET', 'PUT', 'POST', 'DELETE'],
            maxAge: 600,
          }),
        // No database, no CORS: the request itself will get its 503.
        () => callback(null, { origin: false }),
      );
    },
  );
}

/** The path segment as the router will decode it; a malformed escape names no event. */
function decodedReference(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return '';
  }
}

import type { EventKeyRole } from './api-key.entity.js';

/** Who is calling, as the guard established it. */
export type Principal =
  | { kind: 'admin' }
  | { kind: 'event-key'; keyId: string; role: EventKeyRole; eventId: string; eventSlug: string }
  | { kind: 'anonymous' };

/** Whether the caller may act on this event (admin: every event). */
export function mayActOn(principal: Principal, eventId: string): boolean {
  return (
    principal.kind === 'admin' || (principal.kind === 'event-key' && principal.eventId === eventId)
  );
}

/** Whether the caller may read schedules not yet published: drafts are for organisers. */
export function seesDraftSchedules(principal: Principal | undefined): boolean {
  return (
    principal?.kind === 'admin' ||
    (principal?.kind === 'event-key' && principal.role === 'organiser')
  );
}

import type { CalendarEntry } from './calendar-entries.js';

/**
 * What a participant's calendar was last sent (by the notifications module, which owns that
 * record): an agenda's .ics cancels what it no longer holds. Without it, nothing is cancelled.
 */
export abstract class CalendarMemory {
  abstract sentEntries(eventId: string, participantId: string): Promise<CalendarEntry[]>;
}

export type CalendarEntryStatus = 'confirmed' | 'cancelled';

/** One VEVENT of an agenda's calendar: a meeting, or the cancellation of one sent before. */
export interface CalendarEntry {
  uid: string;
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  status: CalendarEntryStatus;
}

/** A meeting of the agenda now, before its SEQUENCE is known. */
export type CurrentMeeting = Pick<CalendarEntry, 'uid' | 'startsAt' | 'endsAt'>;

export interface PlannedCalendar {
  /** The agenda's meetings, in its order. */
  meetings: CalendarEntry[];
  /** Entries sent before that the agenda no longer holds, by start time. */
  cancelled: CalendarEntry[];
}

/**
 * A meeting's UID is the event and the pair, not the schedule: a regenerated schedule moves
 * the entry instead of adding a second one, and a removed meeting can be cancelled by it.
 */
export function meetingUid(eventId: string, externalIdA: string, externalIdB: string): string {
  const [first, second] = [externalIdA, externalIdB].sort();
  return `${eventId}-${encodeURIComponent(`${first}~${second}`)}@montagne-match`;
}

/**
 * The agenda's entries against those the person was sent last. SEQUENCE is at least the
 * schedule's rank among the event's schedules (a later schedule's entries replace earlier
 * ones) and grows past what was sent whenever an entry changes, so calendars apply it: a moved
 * meeting, one cancelled (same UID, STATUS:CANCELLED), one that comes back after a cancellation.
 * A cancellation sent already is repeated as it was, so the file stays complete.
 */
export function planCalendar(
  current: readonly CurrentMeeting[],
  sent: readonly CalendarEntry[],
  rank: number,
): PlannedCalendar {
  const sentByUid = new Map(sent.map((entry) => [entry.uid, entry]));
  const meetings = current.map((meeting): CalendarEntry => {
    const before = sentByUid.get(meeting.uid);
    const changed =
      before !== undefined &&
      (before.status === 'cancelled' ||
        before.startsAt.getTime() !== meeting.startsAt.getTime() ||
        before.endsAt.getTime() !== meeting.endsAt.getTime());
    const sequence = before ? Math.max(rank, before.sequence + (changed ? 1 : 0)) : rank;
    return { ...meeting, sequence, status: 'confirmed' };
  });
  const kept = new Set(current.map((meeting) => meeting.uid));
  const cancelled = sent
    .filter((entry) => !kept.has(entry.uid))
    .map((entry): CalendarEntry => ({
      ...entry,
      status: 'cancelled',
      sequence: entry.status === 'cancelled' ? entry.sequence : Math.max(rank, entry.sequence + 1),
    }))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.uid.localeCompare(b.uid));
  return { meetings, cancelled };
}

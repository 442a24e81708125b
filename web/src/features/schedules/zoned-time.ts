/** Minutes east of UTC of `timeZone` at the instant `utcMs`. */
function offsetMinutes(utcMs: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(utcMs));
  const part = (type: string) => Number(parts.find((entry) => entry.type === type)?.value);
  const asUtc = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return Math.round((asUtc - utcMs) / 60_000);
}

/**
 * A wall-clock time typed in the venue's zone (`2026-05-20T14:00`, as a datetime-local input
 * gives it) as an ISO instant with that zone's offset (`2026-05-20T14:00:00+02:00`), whatever
 * the browser's own zone. Null when the text is not such a time.
 */
export function zonedLocalToIso(local: string, timeZone: string): string | null {
  const found = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!found) return null;
  const [year, month, day, hour, minute] = found.slice(1).map(Number);
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  // The offset at the wall time read as UTC, then corrected once: right across DST changes.
  let offset = offsetMinutes(wall, timeZone);
  offset = offsetMinutes(wall - offset * 60_000, timeZone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${local}:00${sign}${hh}:${mm}`;
}

/** An instant as the venue's wall clock, in the datetime-local input's format. */
export function isoToZonedLocal(iso: string, timeZone: string): string {
  const utcMs = new Date(iso).getTime();
  const local = new Date(utcMs + offsetMinutes(utcMs, timeZone) * 60_000);
  return local.toISOString().slice(0, 16);
}

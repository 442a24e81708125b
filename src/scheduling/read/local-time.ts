/**
 * An instant as the venue's clock shows it, in ISO 8601 with the zone's offset on that date
 * ("2026-09-15T14:00:00+02:00"): a client shows the right hour without a time-zone database.
 */
export function isoWithOffset(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZoneName: 'longOffset',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((candidate) => candidate.type === type)!.value;
  return (
    `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}:${part('second')}` +
    utcOffset(part('timeZoneName'))
  );
}

/** "GMT+02:00" → "+02:00"; "GMT" (UTC itself) → "+00:00". */
function utcOffset(gmt: string): string {
  const offset = gmt.replace(/^GMT/, '');
  return offset === '' ? '+00:00' : offset;
}

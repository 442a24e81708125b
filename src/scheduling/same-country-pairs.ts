import type { DataSource } from 'typeorm';
import type { FieldError } from '../common/http/error-body.js';
import type { ExternalIdPair } from './schedule-params.js';

/**
 * With `crossCountryOnly`, matching never scores two participants of one country: a must-meet
 * pair of them would sit at a table with score 0 and no reason to meet, so it is refused,
 * naming the pair. Unknown ids are left to the caller's own check.
 */
export async function sameCountryPairs(
  dataSource: DataSource,
  eventId: string,
  mustMeet: readonly ExternalIdPair[],
): Promise<FieldError[]> {
  if (!mustMeet.length) return [];
  const rows: { external_id: string; country: string }[] = await dataSource.query(
    'SELECT external_id, country FROM participant WHERE event_id = $1 AND external_id = ANY($2)',
    [eventId, [...new Set(mustMeet.flat())]],
  );
  const countryOf = new Map(rows.map((row) => [row.external_id, row.country]));
  const problems: FieldError[] = [];
  mustMeet.forEach(([a, b], index) => {
    const country = countryOf.get(a);
    if (country !== undefined && country === countryOf.get(b)) {
      problems.push({
        field: `mustMeet[${index}]`,
        reason:
          `"${a}" and "${b}" are both from ${country}: with crossCountryOnly, matching pairs ` +
          'people from different countries only, so they have no score or reason to meet',
      });
    }
  });
  return problems;
}

import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * One page of an event's rows newest first by (created_at, id), for the tables whose owners
 * list them that way (matching runs, schedules). `afterId` is the last row of the previous
 * page, read from the same event only; the comparison is made against the stored instant
 * (microseconds), which a JS date would round.
 */
export async function newestFirstPage<Row extends ObjectLiteral>(
  rows: SelectQueryBuilder<Row>,
  {
    alias,
    table,
    limit,
    afterId,
  }: { alias: string; table: string; limit: number; afterId: string | null },
): Promise<{ items: Row[]; total: number; hasMore: boolean }> {
  const total = await rows.clone().getCount();
  const page = rows
    .clone()
    .orderBy(`${alias}.created_at`, 'DESC')
    .addOrderBy(`${alias}.id`, 'DESC')
    .take(limit + 1);
  if (afterId) {
    page.andWhere(
      `(${alias}.created_at, ${alias}.id) <
        (SELECT created_at, id FROM ${table} WHERE id = :afterId AND event_id = ${alias}.event_id)`,
      { afterId },
    );
  }
  const found = await page.getMany();
  return { items: found.slice(0, limit), total, hasMore: found.length > limit };
}

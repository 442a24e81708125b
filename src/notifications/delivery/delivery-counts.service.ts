import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DELIVERY_STATUSES } from './email-delivery.entity.js';
import type { DeliveryStatus } from './email-delivery.entity.js';

/** E-mails of an event by delivery status (every status present, zero included). */
@Injectable()
export class DeliveryCountsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async countsFor(eventId: string): Promise<Record<DeliveryStatus, number>> {
    const rows: { status: DeliveryStatus; count: number }[] = await this.dataSource.query(
      `SELECT status, count(*)::int AS count FROM email_delivery WHERE event_id = $1 GROUP BY 1`,
      [eventId],
    );
    const counts = Object.fromEntries(DELIVERY_STATUSES.map((status) => [status, 0])) as Record<
      DeliveryStatus,
      number
    >;
    for (const { status, count } of rows) counts[status] = count;
    return counts;
  }
}

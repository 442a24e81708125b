import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ValidationFailedException } from '../../common/http/validation-failed.exception.js';
import { EventsService } from '../../events/events.service.js';
import { decodeDeliveryCursor, encodeDeliveryCursor } from './delivery-cursor.js';
import type { DeliveryDto, DeliveryPageDto, DeliveryTotalsDto } from './dto/delivery.dto.js';
import type { ListDeliveriesQuery } from './dto/list-deliveries.query.js';
import { DELIVERY_STATUSES } from './email-delivery.entity.js';

interface DeliveryRow {
  id: string;
  kind: string;
  status: string;
  skip_reason: string | null;
  provider_message_id: string | null;
  error: string | null;
  attempts: number;
  created_at: Date;
  created_key: string;
  updated_at: Date;
  sent_at: Date | null;
  external_id: string;
  full_name: string;
  email: string;
}

/** The organiser's view of an event's e-mails, newest first; never another event's. */
@Injectable()
export class DeliveriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventsService,
  ) {}

  async list(eventId: string, query: ListDeliveriesQuery): Promise<DeliveryPageDto> {
    const event = await this.events.findById(eventId);
    const limit = query.limit ?? 50;
    const cursor = query.cursor ? decodeDeliveryCursor(query.cursor) : null;
    if (query.cursor && !cursor) {
      throw new ValidationFailedException([
        { field: 'cursor', reason: 'cursor is not one this API returned' },
      ]);
    }
    const where = ['d.event_id = $1', '($2::text IS NULL OR d.kind = $2)'];
    const args: unknown[] = [event.id, query.kind ?? null];
    const totals = await this.totals(where.join(' AND '), args);
    if (query.status) where.push(`d.status = $${args.push(query.status)}`);
    if (cursor) {
      where.push(
        `(d.created_at, d.id) < ($${args.push(cursor.createdAt)}::timestamptz, $${args.push(cursor.id)}::uuid)`,
      );
    }
    const rows: DeliveryRow[] = await this.dataSource.query(
      `SELECT d.id, d.kind, d.status, d.skip_reason, d.provider_message_id, d.error, d.attempts,
              d.created_at, d.created_at::text AS created_key, d.updated_at, d.sent_at,
              p.external_id, p.full_name, p.email
         FROM email_delivery d
         JOIN participant p ON p.id = d.participant_id
        WHERE ${where.join(' AND ')}
        ORDER BY d.created_at DESC, d.id DESC
        LIMIT $${args.push(limit + 1)}`,
      args,
    );
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map(toDto),
      totals,
      nextCursor:
        rows.length > limit
          ? encodeDeliveryCursor({ createdAt: last.created_key, id: last.id })
          : null,
    };
  }

  private async totals(where: string, args: unknown[]): Promise<DeliveryTotalsDto> {
    const rows: { status: string; count: number }[] = await this.dataSource.query(
      `SELECT d.status, count(*)::int AS count FROM email_delivery d WHERE ${where} GROUP BY d.status`,
      args,
    );
    const totals = Object.fromEntries(DELIVERY_STATUSES.map((status) => [status, 0]));
    for (const row of rows) totals[row.status] = row.count;
    return totals as unknown as DeliveryTotalsDto;
  }
}

function toDto(row: DeliveryRow): DeliveryDto {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    skipReason: row.skip_reason,
    participant: { externalId: row.external_id, fullName: row.full_name, email: row.email },
    providerMessageId: row.provider_message_id,
    error: row.error,
    attempts: row.attempts,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    sentAt: row.sent_at,
  };
}

import type { EntityManager } from 'typeorm';
import type { NotificationKind } from '../notification-kind.js';
import type { DeliveryStatus } from './email-delivery.entity.js';

export interface DeliveryRecord {
  id: string;
  eventId: string;
  participantId: string;
  kind: NotificationKind;
  dedupeKey: string;
  status: DeliveryStatus;
}

export async function findDelivery(
  manager: EntityManager,
  id: string,
): Promise<DeliveryRecord | null> {
  const [row]: DeliveryRecord[] = await manager.query(
    `SELECT id, event_id AS "eventId", participant_id AS "participantId", kind,
            dedupe_key AS "dedupeKey", status
       FROM email_delivery WHERE id = $1`,
    [id],
  );
  return row ?? null;
}

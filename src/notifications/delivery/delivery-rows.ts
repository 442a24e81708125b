import type { EntityManager } from 'typeorm';
import type { NotificationKind } from '../notification-kind.js';
import type { DeliveryStatus, SkipReason } from './email-delivery.entity.js';

export interface DeliveryVersion {
  eventId: string;
  participantId: string;
  kind: NotificationKind;
  dedupeKey: string;
}

export interface DeliveryState {
  id: string;
  status: DeliveryStatus;
}

/**
 * The row of one e-mail version, queued unless it was already sent. A version that failed or
 * was skipped is queued again: triggering again is how an organiser retries, and whatever
 * happens, a version is sent at most once.
 */
export async function queueDelivery(
  manager: EntityManager,
  version: DeliveryVersion,
): Promise<DeliveryState> {
  const [queued]: DeliveryState[] = await manager.query(
    `INSERT INTO email_delivery (event_id, participant_id, kind, dedupe_key)
     VALUES ($1, $2, $3, $4)
     ON CONFLICT (dedupe_key) DO UPDATE
        SET status = 'queued', skip_reason = NULL, error = NULL, updated_at = now()
      WHERE email_delivery.status IN ('failed', 'skipped')
     RETURNING id, status`,
    [version.eventId, version.participantId, version.kind, version.dedupeKey],
  );
  return queued ?? (await findDeliveryByKey(manager, version.dedupeKey))!;
}

export async function findDeliveryByKey(
  manager: EntityManager,
  key: string,
): Promise<DeliveryState | null> {
  const [row]: DeliveryState[] = await manager.query(
    'SELECT id, status FROM email_delivery WHERE dedupe_key = $1',
    [key],
  );
  return row ?? null;
}

/** Gives up a queued e-mail, saying why; one already sent or failed stays as it is. */
export async function skipDelivery(
  manager: EntityManager,
  id: string,
  reason: SkipReason,
): Promise<void> {
  await manager.query(
    `UPDATE email_delivery SET status = 'skipped', skip_reason = $2, updated_at = now()
      WHERE id = $1 AND status = 'queued'`,
    [id, reason],
  );
}

/** Gives up a queued e-mail that could not even be prepared (its last attempt failed). */
export async function failDelivery(
  manager: EntityManager,
  id: string,
  error: string,
): Promise<void> {
  await manager.query(
    `UPDATE email_delivery SET status = 'failed', error = $2, updated_at = now()
      WHERE id = $1 AND status = 'queued'`,
    [id, error],
  );
}

import type { DataSource, EntityManager } from 'typeorm';
import type { MailTransport, OutgoingEmail } from '../transport/mail-transport.js';
import { isPermanentFailure } from '../transport/smtp-failure.js';

/** How one sending attempt ended. */
export type Attempt =
  | { status: 'sent' }
  | { status: 'busy' }
  | { status: 'retry'; cause: unknown }
  | { status: 'failed'; cause: unknown };

/**
 * Claims a queued e-mail by locking its row, sends it, and records the outcome in the same
 * transaction before the lock goes: a duplicate job finds the row locked (SKIP LOCKED) or no
 * longer queued, and sends nothing. A crash before the commit leaves the row queued, so only
 * a message the server accepted in that last instant can go twice.
 */
export function claimAndSend(
  dataSource: DataSource,
  transport: MailTransport,
  deliveryId: string,
  email: OutgoingEmail,
  lastAttempt: boolean,
  /** Writes that belong with the e-mail having gone (an agenda's calendar entries). */
  onSent?: (manager: EntityManager) => Promise<void>,
): Promise<Attempt> {
  return dataSource.transaction(async (manager) => {
    const [claimed]: { attempts: number }[] = await manager.query(
      `SELECT attempts FROM email_delivery WHERE id = $1 AND status = 'queued'
         FOR UPDATE SKIP LOCKED`,
      [deliveryId],
    );
    if (!claimed) return { status: 'busy' };
    const attempts = claimed.attempts + 1;
    try {
      const sent = await transport.send(email);
      await manager.query(
        `UPDATE email_delivery
            SET status = 'sent', provider_message_id = $2, error = NULL, attempts = $3,
                sent_at = now(), updated_at = now()
          WHERE id = $1`,
        [deliveryId, sent.messageId, attempts],
      );
      await onSent?.(manager);
      return { status: 'sent' };
    } catch (cause) {
      const final = isPermanentFailure(cause) || lastAttempt;
      await manager.query(
        `UPDATE email_delivery SET status = $2, error = $3, attempts = $4, updated_at = now()
          WHERE id = $1`,
        [deliveryId, final ? 'failed' : 'queued', errorText(cause), attempts],
      );
      return final ? { status: 'failed', cause } : { status: 'retry', cause };
    }
  });
}

export function errorText(cause: unknown): string {
  return (cause instanceof Error ? cause.message : String(cause)).slice(0, 1_000);
}

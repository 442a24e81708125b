import type { EntityManager } from 'typeorm';

/** What the pipeline needs of a participant to write to them. */
export interface Recipient {
  id: string;
  eventId: string;
  externalId: string;
  fullName: string;
  email: string;
  languages: string[];
  consentEmail: boolean;
}

const COLUMNS = `id, event_id AS "eventId", external_id AS "externalId", full_name AS "fullName",
                 email, languages, consent_email AS "consentEmail"`;

/** Participants of an event (all, or the given ids), in a stable order. */
export function loadRecipients(
  manager: EntityManager,
  eventId: string,
  participantIds?: readonly string[],
): Promise<Recipient[]> {
  return participantIds
    ? manager.query(
        `SELECT ${COLUMNS} FROM participant
          WHERE event_id = $1 AND id = ANY($2::uuid[]) ORDER BY external_id`,
        [eventId, participantIds],
      )
    : manager.query(`SELECT ${COLUMNS} FROM participant WHERE event_id = $1 ORDER BY external_id`, [
        eventId,
      ]);
}

export async function loadRecipient(
  manager: EntityManager,
  participantId: string,
): Promise<Recipient | null> {
  const [recipient]: Recipient[] = await manager.query(
    `SELECT ${COLUMNS} FROM participant WHERE id = $1`,
    [participantId],
  );
  return recipient ?? null;
}

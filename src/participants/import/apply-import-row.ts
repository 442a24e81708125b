import type { EntityManager } from 'typeorm';
import { isUniqueViolation } from '../../database/postgres-errors.js';
import { EXTERNAL_ID_PATTERN, EXTERNAL_ID_RULE } from '../dto/external-id.js';
import { toProfile } from '../participant-profile.js';
import { EmailTakenError, upsertParticipant, UpsertOutcome } from '../upsert-participant.js';
import { validateParticipantInput } from '../validate-participant-input.js';
import type { ImportRow } from './import-row.js';
import type { ImportRowError } from './participant-import.entity.js';

export type RowOutcome = { outcome: UpsertOutcome } | { errors: ImportRowError[] };

/**
 * Applies one row inside the batch's transaction. A savepoint around the write means a row
 * that the database refuses is rejected alone; the rest of the batch goes on.
 */
export async function applyImportRow(
  manager: EntityManager,
  eventId: string,
  row: ImportRow,
  firstRowOfExternalId: ReadonlyMap<string, number>,
): Promise<RowOutcome> {
  const reject = (field: string, reason: string): RowOutcome => ({
    errors: [{ row: row.rowNumber, externalId: row.externalId, field, reason }],
  });
  if (!row.externalId) return reject('externalId', 'externalId is required');
  if (!EXTERNAL_ID_PATTERN.test(row.externalId)) return reject('externalId', EXTERNAL_ID_RULE);
  const firstRow = firstRowOfExternalId.get(row.externalId);
  if (firstRow !== row.rowNumber) {
    return reject(
      'externalId',
      `externalId also appears on row ${firstRow}; list each person once`,
    );
  }

  const validated = await validateParticipantInput(row.fields);
  if (validated.errors) {
    return {
      errors: validated.errors.map(({ field, reason }) => ({
        row: row.rowNumber,
        externalId: row.externalId,
        field,
        reason,
      })),
    };
  }

  await manager.query('SAVEPOINT import_row');
  try {
    const { outcome } = await upsertParticipant(
      manager,
      eventId,
      row.externalId,
      toProfile(validated.input),
    );
    await manager.query('RELEASE SAVEPOINT import_row');
    return { outcome };
  } catch (error) {
    await manager.query('ROLLBACK TO SAVEPOINT import_row');
    // Imports are organiser-only, and the organiser key lists every participant anyway: naming
    // the holder tells them nothing new and saves a search through the file.
    if (error instanceof EmailTakenError) {
      return reject(
        'email',
        `email is already used by participant ${error.holderExternalId} in this event`,
      );
    }
    if (isUniqueViolation(error, 'participant_event_email_key')) {
      return reject('email', 'email is already used in this event');
    }
    throw error;
  }
}

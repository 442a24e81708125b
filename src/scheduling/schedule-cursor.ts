import { BadRequestException } from '@nestjs/common';
import { isUuid } from '../common/uuid.js';

/** Schedules are paged newest first by (created_at, id): the cursor is the last one seen. */
export function encodeScheduleCursor(scheduleId: string): string {
  return Buffer.from(scheduleId, 'utf8').toString('base64url');
}

export function decodeScheduleCursor(cursor: string): string {
  const id = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!isUuid(id)) {
    throw new BadRequestException({
      message: 'cursor is not one this API returned',
      errors: [{ field: 'cursor', reason: 'cursor is not one this API returned' }],
    });
  }
  return id;
}

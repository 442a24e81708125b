import { BadRequestException } from '@nestjs/common';
import type { ImportRow } from './import-row.js';

/** A JSON import is an array of participant bodies, each with its `externalId`; row = position (1-based). */
export function rowsFromJson(body: unknown): ImportRow[] {
  if (!Array.isArray(body)) {
    throw new BadRequestException(
      'A JSON import must be an array of participants, each with its externalId',
    );
  }
  return body.map((element: unknown, index) => {
    if (typeof element !== 'object' || element === null || Array.isArray(element)) {
      return { rowNumber: index + 1, externalId: null, fields: element as Record<string, unknown> };
    }
    const { externalId, ...fields } = element as Record<string, unknown>;
    return {
      rowNumber: index + 1,
      externalId:
        typeof externalId === 'string'
          ? externalId
          : externalId == null
            ? null
            : String(externalId),
      fields,
    };
  });
}

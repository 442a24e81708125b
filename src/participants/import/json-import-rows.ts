import { BadRequestException } from '@nestjs/common';
import { reservedKeyErrors } from '../../common/http/reserved-keys.js';
import { ValidationFailedException } from '../../common/http/validation-failed.exception.js';
import type { ImportRow } from './import-row.js';

/** A JSON import is an array of participant bodies, each with its `externalId`; row = position (1-based). */
export function rowsFromJson(body: unknown): ImportRow[] {
  if (!Array.isArray(body)) {
    throw new BadRequestException(
      'A JSON import must be an array of participants, each with its externalId',
    );
  }
  refuseReservedKeys(body);
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

/**
 * `__proto__` and `constructor` would be dropped silently on the way to the worker (TypeORM and
 * class-transformer both skip them), so the row would pass: the upload is refused here instead.
 */
function refuseReservedKeys(body: unknown[]): void {
  const reserved = body.flatMap((element, index) =>
    reservedKeyErrors(element).map(({ field }) => ({
      field,
      reason: `row ${index + 1}: ${field} is not a known field (nor ever one)`,
    })),
  );
  if (reserved.length) throw new ValidationFailedException(reserved);
}

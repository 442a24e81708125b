import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { FieldError } from '../common/http/error-body.js';
import { toFieldErrors } from '../common/http/field-errors.js';
import { ParticipantInputDto } from './dto/participant-input.dto.js';

export type ValidatedInput =
  { input: ParticipantInputDto; errors?: never } | { errors: FieldError[] };

/** The HTTP rules for a participant body, for callers outside a request (the import worker). */
export async function validateParticipantInput(fields: unknown): Promise<ValidatedInput> {
  if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
    return { errors: [{ field: 'row', reason: 'each participant must be a JSON object' }] };
  }
  const input = plainToInstance(ParticipantInputDto, fields);
  const failures = await validate(input, {
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: true,
  });
  return failures.length ? { errors: toFieldErrors(failures) } : { input };
}

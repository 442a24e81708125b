import { BadRequestException } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import type { FieldError } from './error-body.js';
import { toFieldErrors } from './field-errors.js';

/** A 400 that lists every failing field with its reason. */
export class ValidationFailedException extends BadRequestException {
  constructor(readonly fieldErrors: FieldError[]) {
    const fields = [...new Set(fieldErrors.map((error) => error.field))];
    super(`Validation failed: ${fields.join(', ')}`);
  }

  static fromValidationErrors(errors: ValidationError[]): ValidationFailedException {
    return new ValidationFailedException(toFieldErrors(errors));
  }
}

import { ValidationPipe } from '@nestjs/common';
import { ValidationFailedException } from './validation-failed.exception.js';

/** Strict validation for every request: unknown fields are refused, every failure is listed. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    stopAtFirstError: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => ValidationFailedException.fromValidationErrors(errors),
  });
}

import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { reservedKeyErrors } from './reserved-keys.js';
import { ValidationFailedException } from './validation-failed.exception.js';

/** Also refuses `__proto__`, `constructor` and `prototype`, which validation would never see. */
class StrictValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' || metadata.type === 'query') {
      const reserved = reservedKeyErrors(value);
      if (reserved.length) throw new ValidationFailedException(reserved);
    }
    return super.transform(value, metadata);
  }
}

/** Strict validation for every request: unknown fields are refused, every failure is listed. */
export function createValidationPipe(): ValidationPipe {
  return new StrictValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    stopAtFirstError: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => ValidationFailedException.fromValidationErrors(errors),
  });
}

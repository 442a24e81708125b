import type { ValidationError } from 'class-validator';
import type { FieldError } from './error-body.js';

/** Flattens class-validator's tree into one entry per failing field, e.g. `settings.weights.text`. */
export function toFieldErrors(errors: ValidationError[], parentPath = ''): FieldError[] {
  return errors.flatMap((error) => {
    const path = joinPath(parentPath, error.property);
    const own = Object.values(error.constraints ?? {}).map((reason) => ({
      field: path,
      reason: reason.replace(/^property (\S+) should not exist$/, 'is not a known field'),
    }));
    return [...own, ...toFieldErrors(error.children ?? [], path)];
  });
}

function joinPath(parent: string, property: string): string {
  if (!parent) return property;
  return /^\d+$/.test(property) ? `${parent}[${property}]` : `${parent}.${property}`;
}

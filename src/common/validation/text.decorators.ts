import { Transform } from 'class-transformer';
import { ValidationOptions, registerDecorator } from 'class-validator';

/** NFC-normalises and trims strings; an empty optional string counts as absent. */
export function NormalizedText(): PropertyDecorator {
  return Transform(({ value }) => {
    if (typeof value !== 'string') return value;
    const text = value.normalize('NFC').trim();
    return text === '' ? undefined : text;
  });
}

// Tab, line feed and carriage return are fine in free text; other C0 controls and DEL are not
// (PostgreSQL refuses NUL outright, and the rest only ever come from broken exports).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function NoControlCharacters(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'noControlCharacters',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: `${String(propertyName)} must not contain control characters`,
        ...options,
      },
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !CONTROL_CHARACTERS.test(value),
      },
    });
}

/** Checks that every element of a list is a known taxonomy value, naming the unknown ones. */
export function IsEachOneOf(allowed: readonly string[], what: string): PropertyDecorator {
  const known = new Set(allowed);
  return (target, propertyName) =>
    registerDecorator({
      name: 'isEachOneOf',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: (args) => {
          const unknown = (Array.isArray(args.value) ? args.value : [args.value]).filter(
            (element: unknown) => typeof element !== 'string' || !known.has(element),
          );
          return (
            `${String(propertyName)} has unknown ${what} ${unknown.map((u) => JSON.stringify(u)).join(', ')}; ` +
            `expected any of: ${allowed.join(', ')}`
          );
        },
      },
      validator: {
        validate: (value: unknown) =>
          Array.isArray(value) &&
          value.every((element) => typeof element === 'string' && known.has(element)),
      },
    });
}

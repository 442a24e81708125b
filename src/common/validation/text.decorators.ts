import { Transform } from 'class-transformer';
import { ValidationOptions, registerDecorator } from 'class-validator';
import { forbiddenCharacterReason, type TextLines } from './text-characters.js';

/** NFC-normalises and trims strings; an empty optional string counts as absent. */
export function NormalizedText(): PropertyDecorator {
  return Transform(({ value }) => {
    if (typeof value !== 'string') return value;
    const text = value.normalize('NFC').trim();
    return text === '' ? undefined : text;
  });
}

/**
 * Refuses control and bidirectional-override characters (see text-characters.ts), naming the
 * first one found. Single-line fields (names, organisation, e-mail) also refuse tab, CR and LF;
 * the participant DTO carries it, so registrations and import rows get the same reason.
 */
export function NoControlCharacters(
  lines: TextLines,
  options?: ValidationOptions,
): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'noControlCharacters',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: (args) =>
          forbiddenCharacterReason(args.property, String(args.value), lines) ??
          `${args.property} must not contain control characters`,
        ...options,
      },
      validator: {
        validate: (value: unknown) =>
          typeof value !== 'string' || forbiddenCharacterReason('', value, lines) === undefined,
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

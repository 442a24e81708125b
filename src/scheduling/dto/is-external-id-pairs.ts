import { registerDecorator } from 'class-validator';
import { EXTERNAL_ID_PATTERN } from '../../participants/dto/external-id.js';

export const PAIR_LIST_LIMIT = 10_000;

/** A list of pairs of two different external ids: [["REG-1", "REG-2"], …]. */
export function IsExternalIdPairs(): PropertyDecorator {
  return (target, propertyName) => {
    const name = String(propertyName);
    registerDecorator({
      name: 'isExternalIdPairs',
      target: target.constructor,
      propertyName: name,
      options: {
        message: ({ value }) => `${name}${describeProblem(value)}`,
      },
      validator: { validate: (value: unknown) => describeProblem(value) === null },
    });
  };
}

function describeProblem(value: unknown): string | null {
  if (!Array.isArray(value)) return ' must be an array of pairs of external ids';
  if (value.length > PAIR_LIST_LIMIT) return ` must hold at most ${PAIR_LIST_LIMIT} pairs`;
  for (const [index, pair] of value.entries()) {
    if (!Array.isArray(pair) || pair.length !== 2) {
      return `[${index}] must be a pair of two external ids`;
    }
    for (const side of [0, 1]) {
      const id: unknown = pair[side];
      if (typeof id !== 'string' || !EXTERNAL_ID_PATTERN.test(id)) {
        return `[${index}][${side}] must be an external id (letters, digits and . _ : @ + -)`;
      }
    }
    if (pair[0] === pair[1]) return `[${index}] pairs someone with themselves`;
  }
  return null;
}

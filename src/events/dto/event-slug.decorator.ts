import { registerDecorator } from 'class-validator';
import { slugProblem } from '../event-slug.js';

/** A DTO field holding an event slug: `slugProblem` decides, and its reason is the message. */
export function IsEventSlug(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isEventSlug',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: (args) =>
          typeof args.value === 'string'
            ? (slugProblem(args.value) ?? '')
            : `${String(propertyName)} must be a string`,
      },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && slugProblem(value) === null,
      },
    });
}

import { registerDecorator } from 'class-validator';

/** An IANA time zone the runtime knows (Europe/Paris, Africa/Casablanca…). */
export function IsTimeZone(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isTimeZone',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: `${String(propertyName)} must be an IANA time zone such as Europe/Paris`,
      },
      validator: { validate: (value: unknown) => typeof value === 'string' && isTimeZone(value) },
    });
}

export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return name.length <= 64;
  } catch {
    return false;
  }
}

import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import { redactText } from './redact-text.js';

/** Nest's console logger, with every message and stack passed through `redactText`. */
export class RedactingLogger extends ConsoleLogger {
  protected override stringifyMessage(message: unknown, logLevel: LogLevel): string {
    return redactText(super.stringifyMessage(message, logLevel));
  }

  protected override printStackTrace(stack: string): void {
    super.printStackTrace(redactText(stack));
  }
}

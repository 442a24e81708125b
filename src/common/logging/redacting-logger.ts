import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import { redactText } from './redact-text.js';

/** Nest's console logger, with every message, parameter and stack passed through `redactText`. */
export class RedactingLogger extends ConsoleLogger {
  protected override stringifyMessage(message: unknown, logLevel: LogLevel): string {
    return redactText(String(super.stringifyMessage(message, logLevel) ?? ''));
  }

  protected override stringifyParams(params: Record<string, unknown>): string {
    return redactText(super.stringifyParams(params));
  }

  // Nest calls this after every error line, with no stack when the caller gave none.
  protected override printStackTrace(stack: string | undefined): void {
    if (stack) super.printStackTrace(redactText(stack));
  }
}

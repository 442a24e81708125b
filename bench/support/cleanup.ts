/**
 * Undo steps (stop the service, drop the database …) run in reverse order at the end of the
 * bench, whether it succeeded, failed or was interrupted: a bench must not leave things behind.
 */
const steps: { name: string; run: () => Promise<void> }[] = [];

export function onCleanup(name: string, run: () => Promise<void>): void {
  steps.push({ name, run });
}

let running: Promise<void> | null = null;

/** Runs the steps once; a second caller (a signal during the normal end) waits for the same run. */
export function runCleanup(): Promise<void> {
  running ??= (async () => {
    while (steps.length) {
      const step = steps.pop()!;
      try {
        await step.run();
      } catch (error) {
        console.error(`Cleanup "${step.name}" failed: ${(error as Error).message}`);
      }
    }
    running = null;
  })();
  return running;
}

/** Ctrl-C or a kill still cleans up, then exits non-zero. */
export function cleanUpOnSignals(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      console.error(`\n${signal}: cleaning up before exiting`);
      void runCleanup().finally(() => process.exit(130));
    });
  }
}

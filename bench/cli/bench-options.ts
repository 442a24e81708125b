import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';

export const BENCH_PARTS = [
  'full',
  'incremental',
  'load',
  'scheduling',
  'replan',
  'mixed',
  'console',
] as const;
export type BenchPart = (typeof BENCH_PARTS)[number];

export interface BenchOptions {
  parts: BenchPart[];
  /** Event sizes of the full-run comparison. */
  sizes: number[];
  /** Runs of each side of the full-run comparison per size, and of each scheduling and re-planning case (the median is reported). */
  repeat: number;
  /** Engine processes of the full run's spread variant (default: one per CPU). */
  engineProcesses: number;
  /** Participants loaded into the service for the incremental and load parts. */
  serviceSize: number;
  registrations: number;
  rate: number;
  durationSeconds: number;
  /** The registrations-and-reads load: its own event of this size, for this long. */
  mixedSize: number;
  mixedDurationSeconds: number;
  port: number;
  seed: number;
}

export const USAGE = `Usage: npm run bench -- [options]
  --only full|incremental|load|scheduling|replan|mixed|console
                                 run some parts only (comma-separated; default: all)
  --sizes 2000,20000             event sizes of the full run (default 2000,20000)
  --repeat N                     full runs of each side per size, and solves of each
                                 scheduling and re-planning case, median reported (default 3)
  --engine-processes N           processes the full run's engine is also spread over,
                                 as the service's workers (default: one per CPU)
  --service-size N               participants loaded into the service, console part
                                 included (default: the largest size)
  --registrations N              new registrations timed one by one (default 30)
  --rate N --duration S          GET …/matches load: requests per second and seconds (500, 30)
  --mixed-size N --mixed-duration S
                                 registrations and reads together: event size and
                                 seconds (5000, 60)
  --port N                       port of the service started for the bench (default 3300)
  --seed N                       generator seed (default 20260915)`;

/** Reads the bench's flags; a bad value throws one line naming it. */
export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      only: { type: 'string' },
      sizes: { type: 'string', default: '2000,20000' },
      repeat: { type: 'string', default: '3' },
      'engine-processes': { type: 'string' },
      'service-size': { type: 'string' },
      registrations: { type: 'string', default: '30' },
      rate: { type: 'string', default: '500' },
      duration: { type: 'string', default: '30' },
      'mixed-size': { type: 'string', default: '5000' },
      'mixed-duration': { type: 'string', default: '60' },
      port: { type: 'string', default: '3300' },
      seed: { type: 'string', default: '20260915' },
    },
    strict: true,
  });
  const parts = (values.only ?? BENCH_PARTS.join(','))
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  for (const part of parts) {
    if (!(BENCH_PARTS as readonly string[]).includes(part))
      throw new Error(`--only: "${part}" is not one of ${BENCH_PARTS.join(', ')}`);
  }
  const sizes = values.sizes.split(',').map((size) => positive('--sizes', size));
  return {
    parts: BENCH_PARTS.filter((part) => parts.includes(part)),
    sizes,
    repeat: positive('--repeat', values.repeat),
    engineProcesses:
      values['engine-processes'] === undefined
        ? availableParallelism()
        : positive('--engine-processes', values['engine-processes']),
    serviceSize:
      values['service-size'] === undefined
        ? Math.max(...sizes)
        : positive('--service-size', values['service-size']),
    registrations: positive('--registrations', values.registrations),
    rate: positive('--rate', values.rate),
    durationSeconds: positive('--duration', values.duration),
    mixedSize: positive('--mixed-size', values['mixed-size']),
    mixedDurationSeconds: positive('--mixed-duration', values['mixed-duration']),
    port: positive('--port', values.port),
    seed: positive('--seed', values.seed),
  };
}

function positive(flag: string, text: string): number {
  const value = Number(text.trim().replace(/_/g, ''));
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${flag} must be a positive integer (got "${text}")`);
  return value;
}

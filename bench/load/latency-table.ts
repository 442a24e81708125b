import { thousands } from '../support/format.js';
import type { AutocannonOutcome } from './autocannon-outcome.js';

/** The columns every load table of RESULTS.md shares, after its first one. */
export const LATENCY_COLUMNS = [
  'Responses',
  'Rate achieved',
  'p50',
  'p97.5',
  'p99',
  'max',
  'Errors',
  'Timeouts',
  'Non-2xx',
];

const ms = (value: number) => `${value.toFixed(1)} ms`;

/** One row: a name, then LATENCY_COLUMNS; `timeouts: null` prints a dash. */
export function latencyRow(
  name: string,
  outcome: Omit<AutocannonOutcome, 'timeouts' | 'statusCodes' | 'seconds'> & {
    timeouts: number | null;
  },
): string[] {
  return [
    name,
    thousands(outcome.responses),
    `${outcome.achievedRate.toFixed(0)} req/s`,
    ms(outcome.latency.p50),
    ms(outcome.latency.p97_5),
    ms(outcome.latency.p99),
    ms(outcome.latency.max),
    thousands(outcome.errors),
    outcome.timeouts === null ? '—' : thousands(outcome.timeouts),
    thousands(outcome.non2xx),
  ];
}

export function statusCodesText(statusCodes: Record<string, number>): string {
  return Object.entries(statusCodes)
    .map(([code, count]) => `${code}: ${thousands(count)}`)
    .join(', ');
}

import {
  cpuSecondsOfCommand,
  cpuSecondsOfPid,
  machineBusyCpuSeconds,
  ownCpuSeconds,
} from './cpu-time.js';

/**
 * CPU seconds each party used over a stretch of the bench. On 2 cores they all compete, and
 * `others` (the machine's busy time less the three named) shows whether something outside the
 * bench, such as another test run, was competing too.
 */
export interface CpuShares {
  /** The service's processes together (API and worker). */
  service: number;
  postgres: number;
  bench: number;
  others: number;
}

/** `servicePids`: every process of the service (API and worker), their CPU summed. */
export function cpuSnapshot(servicePids: readonly number[]): CpuShares {
  const service = servicePids.reduce((sum, pid) => sum + cpuSecondsOfPid(pid), 0);
  const postgres = cpuSecondsOfCommand('postgres');
  const bench = ownCpuSeconds();
  return { service, postgres, bench, others: machineBusyCpuSeconds() - service - postgres - bench };
}

export function cpuUsedBetween(before: CpuShares, after: CpuShares): CpuShares {
  return {
    service: after.service - before.service,
    postgres: after.postgres - before.postgres,
    bench: after.bench - before.bench,
    others: Math.max(0, after.others - before.others),
  };
}

/**
 * "service (API + worker) 12.0 CPU-s (40 % of a core), PostgreSQL …" over `seconds` of wall
 * time; the service is both its processes.
 */
export function cpuSentence(cpu: CpuShares, seconds: number, benchLabel: string): string {
  const share = (used: number) =>
    `${used.toFixed(1)} CPU-s (${Math.round((100 * used) / seconds)} % of a core)`;
  return (
    `CPU used during these ${seconds.toFixed(0)} s: service (API + worker) ${share(cpu.service)}, ` +
    `PostgreSQL ${share(cpu.postgres)}, ${benchLabel} ${share(cpu.bench)}, ` +
    `other processes ${share(cpu.others)}.`
  );
}

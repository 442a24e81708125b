import { setTimeout as sleep } from 'node:timers/promises';
import {
  cpuSecondsOfCommand,
  cpuSecondsOfPid,
  machineBusyCpuSeconds,
  ownCpuSeconds,
} from './cpu-time.js';
import { progress } from './log.js';

const SAMPLE_MS = 2_000;
const QUIET_SHARE = 0.15;
const MAX_WAIT_MS = 90_000;

/** CPU share of a core used by processes other than the bench's own and PostgreSQL, over 2 s. */
async function othersShare(ownPids: readonly number[]): Promise<number> {
  const known = () =>
    ownCpuSeconds() +
    cpuSecondsOfCommand('postgres') +
    ownPids.reduce((sum, pid) => sum + cpuSecondsOfPid(pid), 0);
  const [busy, mine] = [machineBusyCpuSeconds(), known()];
  await sleep(SAMPLE_MS);
  return (machineBusyCpuSeconds() - busy - (known() - mine)) / (SAMPLE_MS / 1000);
}

/**
 * On a shared 2-core machine another test run skews every figure: before a timed part, wait
 * (up to 90 s) until other processes use less than 15 % of a core, and say so if they do not.
 */
export async function waitForQuietMachine(label: string, ownPids: readonly number[] = []) {
  const deadline = Date.now() + MAX_WAIT_MS;
  for (;;) {
    const share = await othersShare(ownPids);
    if (share < QUIET_SHARE) return;
    if (Date.now() > deadline) {
      progress(
        `other processes still use ${Math.round(share * 100)} % of a core: measuring ${label} anyway`,
      );
      return;
    }
    progress(`other processes use ${Math.round(share * 100)} % of a core: waiting before ${label}`);
  }
}

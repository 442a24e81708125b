import { readdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

let ticksPerSecond: number | undefined;

function clockTicks(): number {
  ticksPerSecond ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
  return ticksPerSecond;
}

/**
 * [command name, CPU seconds (user + system), CPU seconds of its ended children] of one process,
 * from /proc/<pid>/stat.
 */
function processCpu(pid: string): [string, number, number] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    // Fields after the name: state is 3rd, utime 14th, stime 15th, cutime 16th and cstime 17th
    // of the whole line.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return [
      name,
      (Number(fields[11]) + Number(fields[12])) / clockTicks(),
      (Number(fields[13]) + Number(fields[14])) / clockTicks(),
    ];
  } catch {
    return null; // gone meanwhile
  }
}

/** CPU seconds used so far by one process. */
export function cpuSecondsOfPid(pid: number): number {
  return processCpu(String(pid))?.[1] ?? 0;
}

/**
 * CPU seconds used so far by every live process with this command name (e.g. "postgres"), and by
 * their children that ended: the postmaster waits for each connection's backend, so a backend
 * that ended between two readings still counts (else the difference could come out negative).
 */
export function cpuSecondsOfCommand(name: string): number {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    const found = processCpu(pid);
    if (found?.[0] === name) total += found[1] + found[2];
  }
  return total;
}

/** CPU seconds used so far by this process (the load generator, when it runs autocannon). */
export function ownCpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/** CPU seconds all cores spent busy (not idle, not waiting on I/O) since boot, from /proc/stat. */
export function machineBusyCpuSeconds(): number {
  const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0];
  const [user, nice, system, , , irq, softirq, steal] = line.split(/\s+/).slice(1).map(Number);
  return (user + nice + system + irq + softirq + steal) / clockTicks();
}

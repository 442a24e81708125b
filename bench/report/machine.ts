import { execFileSync } from 'node:child_process';
import { totalmem } from 'node:os';
import { machineInfo } from '../evaluation/machine-info.js';
import { repositoryRoot } from '../repository-root.js';

/**
 * Which code is about to be measured: the commit, and whether src/ has uncommitted changes.
 * Read it when the code is compiled, not when the results are written: src/ may move meanwhile.
 */
export function codeVersion(): string {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, { cwd: repositoryRoot(), encoding: 'utf8' }).trim();
    const dirty = git('status', '--porcelain', '--', 'src') !== '';
    return `code ${git('rev-parse', '--short', 'HEAD')}${dirty ? ' + uncommitted changes in src/' : ''}`;
  } catch {
    return 'code version unknown (no git)';
  }
}

/** The machine line under each table: `nproc`, CPU, RAM, Node, and whatever else the part used. */
export function machineLine(code: string, extra: readonly string[] = []): string {
  const machine = machineInfo();
  const ram = `${Math.round(totalmem() / 2 ** 30)} GiB RAM`;
  return (
    `Machine: ${machine.cpus} CPUs (\`nproc\`), ${machine.cpuModel}, ${ram}, ` +
    `Node ${machine.node}${extra.map((item) => `, ${item}`).join('')}; ${code}; ` +
    `run on ${machine.date}.`
  );
}

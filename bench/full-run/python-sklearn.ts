import { join } from 'node:path';
import { repositoryRoot } from '../repository-root.js';
import { progress } from '../support/log.js';
import { runCommand } from '../support/run-command.js';

/**
 * Debian's python3-sklearn installs for the system interpreter, not for a pyenv or virtualenv
 * python3 that may come first on PATH: always use this one.
 */
export const PYTHON = '/usr/bin/python3';

export interface PythonVersions {
  python: string;
  sklearn: string;
  scipy: string;
  numpy: string;
}

export interface SklearnRunResult {
  participants: number;
  vocabulary: number;
  productNonZeros: number;
  lists: number;
  suggestions: number;
  vectoriseMs: number;
  productMs: number;
  topKMs: number;
  totalMs: number;
  cpuMs: number;
  maxRssKiB: number;
}

const PROBE = `import json, platform, numpy, scipy, sklearn
print(json.dumps({"python": platform.python_version(), "sklearn": sklearn.__version__,
                  "scipy": scipy.__version__, "numpy": numpy.__version__}))`;

async function probe(): Promise<PythonVersions | null> {
  try {
    const { stdout } = await runCommand(PYTHON, ['-c', PROBE], { timeoutMs: 60_000 });
    return JSON.parse(stdout) as PythonVersions;
  } catch {
    return null;
  }
}

async function aptGet(args: string[]): Promise<void> {
  progress(`running: apt-get ${args.join(' ')}`);
  await runCommand('apt-get', args, {
    timeoutMs: 15 * 60_000,
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    echo: true,
  });
}

/** Makes sure Debian's scikit-learn is importable, installing python3-sklearn if needed. */
export async function ensureSklearn(): Promise<PythonVersions> {
  const found = await probe();
  if (found) return found;
  progress(`scikit-learn is not importable by ${PYTHON}: installing Debian's python3-sklearn`);
  if (process.getuid?.() !== 0) {
    throw new Error(
      `scikit-learn is missing and this is not root: run "sudo apt-get install -y python3-sklearn", then the bench again`,
    );
  }
  try {
    await aptGet(['install', '-y', 'python3-sklearn']);
  } catch {
    // A fresh machine may have no package lists yet.
    await aptGet(['update']);
    await aptGet(['install', '-y', 'python3-sklearn']);
  }
  const installed = await probe();
  if (!installed)
    throw new Error(`python3-sklearn was installed but ${PYTHON} still cannot import sklearn`);
  return installed;
}

/** Runs bench/full-run/sklearn_reference.py on a texts file. */
export async function runSklearn(textsPath: string): Promise<SklearnRunResult> {
  const script = join(repositoryRoot(), 'bench', 'full-run', 'sklearn_reference.py');
  const { stdout } = await runCommand(PYTHON, [script, textsPath], { timeoutMs: 20 * 60_000 });
  return JSON.parse(stdout.trim().split('\n').pop()!) as SklearnRunResult;
}

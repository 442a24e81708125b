import { join } from 'node:path';
import { BenchOptions, BenchPart, parseBenchOptions, USAGE } from './cli/bench-options.js';
import { runConsoleBench } from './console/console-bench.js';
import { CONSOLE_HEADING, consoleSection } from './console/console-section.js';
import { runFullRuns } from './full-run/full-run.js';
import { FULL_RUN_HEADING, fullRunSection } from './full-run/full-run-section.js';
import { INCREMENTAL_HEADING } from './incremental/incremental-section.js';
import { LOAD_HEADING } from './load/load-section.js';
import { MIXED_HEADING } from './mixed/mixed-section.js';
import { writeBenchmarks } from './report/benchmarks-section.js';
import { repositoryRoot } from './repository-root.js';
import { codeVersion } from './report/machine.js';
import { runReplanBench } from './scheduling/replan-bench.js';
import { REPLAN_HEADING, replanSection } from './scheduling/replan-section.js';
import { runSchedulingBench } from './scheduling/scheduling-bench.js';
import { SCHEDULING_HEADING, schedulingSection } from './scheduling/scheduling-section.js';
import { runServiceParts } from './service/service-bench.js';
import { SERVICE_HEADING } from './service/service-section.js';
import { cleanUpOnSignals, runCleanup } from './support/cleanup.js';

/*
 * `npm run bench`: the engine's full run against scikit-learn, the speed-meeting solver on its
 * own and re-planning around absentees, then, through the real service, a full run, single registrations and GET …/matches under
 * load. Writes the « ## Benchmarks » section of bench/RESULTS.md; exits non-zero, saying which
 * step failed, if one does.
 */

const ORDER = [
  FULL_RUN_HEADING,
  SERVICE_HEADING,
  INCREMENTAL_HEADING,
  LOAD_HEADING,
  SCHEDULING_HEADING,
  REPLAN_HEADING,
  MIXED_HEADING,
  CONSOLE_HEADING,
];

let options: BenchOptions;
try {
  options = parseBenchOptions(process.argv.slice(2));
} catch (error) {
  console.error(`${(error as Error).message}\n\n${USAGE}`);
  process.exit(2);
}

// `npm run bench` compiled src/ with the bench just before this line ran.
const compiledCode = codeVersion();
cleanUpOnSignals();
const fresh = new Map<string, string>();
const record = (heading: string, section: string) => {
  fresh.set(heading, section);
  console.log(`\n${section}\n`);
};

let failure: Error | null = null;
try {
  if (options.parts.includes('full')) {
    record(
      FULL_RUN_HEADING,
      fullRunSection(
        await runFullRuns(
          options.sizes,
          options.seed,
          compiledCode,
          options.repeat,
          options.engineProcesses,
        ),
      ),
    );
  }
  if (options.parts.includes('scheduling')) {
    record(
      SCHEDULING_HEADING,
      schedulingSection(runSchedulingBench(options.seed, options.repeat, compiledCode)),
    );
  }
  if (options.parts.includes('replan')) {
    record(
      REPLAN_HEADING,
      replanSection(runReplanBench(options.seed, options.repeat, compiledCode)),
    );
  }
  if (['incremental', 'load', 'mixed'].some((part) => options.parts.includes(part as BenchPart))) {
    await runServiceParts(options, record);
  }
  if (options.parts.includes('console')) {
    // A service of its own, after the others' has stopped: its timings share the machine with nobody.
    await runCleanup();
    record(CONSOLE_HEADING, consoleSection(await runConsoleBench(options)));
  }
} catch (error) {
  failure = error as Error;
} finally {
  await runCleanup();
}

// Whatever was measured before a failure is real: keep it.
if (fresh.size) {
  const path = join(repositoryRoot(), 'bench', 'RESULTS.md');
  writeBenchmarks(path, fresh, ORDER);
  console.error(`Wrote ${[...fresh.keys()].join(', ')} to ${path}`);
}
if (failure) {
  console.error(`\nBench failed: ${failure.message}`);
  process.exit(1);
}

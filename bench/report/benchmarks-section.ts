import { existsSync, readFileSync } from 'node:fs';
import { upsertSection } from '../evaluation/results-file.js';

export const BENCHMARKS_HEADING = '## Benchmarks';

const INTRO =
  '`npm run bench` (bench/bench.ts; `--only full|incremental|load|scheduling|replan|mixed|console`, `--sizes 2000,20000`). ' +
  'Each subsection is rewritten by the run of its part and dated under its table; ' +
  'a part that did not run keeps its last figures.';

/**
 * Writes the « ## Benchmarks » section of a results file: the subsections just measured replace
 * theirs, the others stay as the last run left them, in `order`. Other sections are untouched.
 */
export function writeBenchmarks(
  path: string,
  fresh: ReadonlyMap<string, string>,
  order: readonly string[],
): string {
  const kept = existingSubsections(existsSync(path) ? readFileSync(path, 'utf8') : '');
  // A subsection no part writes (added by hand) is kept too, after the parts' own.
  const headings = [...order, ...[...kept.keys()].filter((heading) => !order.includes(heading))];
  const subsections = headings
    .map((heading) => fresh.get(heading) ?? kept.get(heading))
    .filter((text): text is string => text !== undefined);
  const section = [BENCHMARKS_HEADING, '', INTRO, '', ...subsections.map((s) => `${s.trimEnd()}\n`)]
    .join('\n')
    .trimEnd();
  upsertSection(path, section);
  return section;
}

/** The `### ` subsections of the Benchmarks section, by heading. */
export function existingSubsections(markdown: string): Map<string, string> {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.trimEnd() === BENCHMARKS_HEADING);
  const found = new Map<string, string>();
  if (start === -1) return found;
  let end = lines.findIndex((line, i) => i > start && /^## /.test(line));
  if (end === -1) end = lines.length;
  let heading: string | null = null;
  let body: string[] = [];
  const flush = () => {
    if (heading !== null) found.set(heading, body.join('\n').trimEnd());
  };
  for (const line of lines.slice(start + 1, end)) {
    if (/^### /.test(line)) {
      flush();
      heading = line.trimEnd();
      body = [heading];
    } else if (heading !== null) {
      body.push(line);
    }
  }
  flush();
  return found;
}

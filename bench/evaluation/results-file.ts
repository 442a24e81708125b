import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * Writes `section` (which starts with its own `## ` heading) into a markdown file: in place of the
 * section with the same heading if there is one, else at the end. Other sections are kept as they are.
 */
export function upsertSection(path: string, section: string): void {
  const heading = section.split('\n', 1)[0];
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '# Results\n';
  writeFileSync(path, replaceSection(current, heading, section.trimEnd() + '\n'));
}

export function replaceSection(markdown: string, heading: string, section: string): string {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.trimEnd() === heading);
  if (start === -1) return `${markdown.trimEnd()}\n\n${section}`;
  const next = lines.findIndex((line, i) => i > start && /^## /.test(line));
  const before = lines.slice(0, start).join('\n');
  const after = next === -1 ? '' : `\n${lines.slice(next).join('\n')}`;
  return `${before}${before === '' ? '' : '\n'}${section}${after}`;
}

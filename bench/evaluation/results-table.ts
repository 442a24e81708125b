import type { RankingQuality } from './evaluate-rankings.js';

/** One method's quality on one generated event. */
export interface EventScore extends RankingQuality {
  method: string;
  size: number;
  seed: number;
  milliseconds: number;
}

const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;
const fixed = (value: number) => value.toFixed(3);
const thousands = (n: number) => n.toLocaleString('en-US');

/** Mean nDCG@k of a method over the chosen events (all of them by default). */
export function meanNdcg(scores: readonly EventScore[], method: string, size?: number): number {
  return mean(
    scores
      .filter((s) => s.method === method && (size === undefined || s.size === size))
      .map((s) => s.ndcg),
  );
}

/** Methods as rows; per event size, nDCG and recall averaged over the seeds; then overall means. */
export function summaryTable(scores: readonly EventScore[], k: number): string {
  const methods = [...new Set(scores.map((s) => s.method))];
  const sizes = [...new Set(scores.map((s) => s.size))];
  const header = [
    'Method',
    ...sizes.flatMap((size) => [
      `nDCG@${k} · ${thousands(size)}`,
      `Recall@${k} · ${thousands(size)}`,
    ]),
    `nDCG@${k} (mean)`,
    `Recall@${k} (mean)`,
    `Time · ${thousands(sizes[sizes.length - 1])}`,
  ];
  const rows = methods.map((method) => {
    const own = scores.filter((s) => s.method === method);
    const at = (size: number) => own.filter((s) => s.size === size);
    const largest = at(sizes[sizes.length - 1]);
    return [
      method,
      ...sizes.flatMap((size) => [
        fixed(mean(at(size).map((s) => s.ndcg))),
        fixed(mean(at(size).map((s) => s.recall))),
      ]),
      fixed(mean(own.map((s) => s.ndcg))),
      fixed(mean(own.map((s) => s.recall))),
      `${Math.round(mean(largest.map((s) => s.milliseconds)))} ms`,
    ];
  });
  return markdownTable(header, rows);
}

/** A table laid out the way Prettier lays it out: first column left-aligned, the others right. */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const widths = header.map((title, i) =>
    Math.max(3, title.length, ...rows.map((row) => row[i].length)),
  );
  const pad = (cell: string, i: number) =>
    i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]);
  const line = (cells: readonly string[]) => `| ${cells.map(pad).join(' | ')} |`;
  const rule = widths.map((width, i) =>
    i === 0 ? '-'.repeat(width) : `${'-'.repeat(width - 1)}:`,
  );
  return [line(header), `| ${rule.join(' | ')} |`, ...rows.map(line)].join('\n');
}

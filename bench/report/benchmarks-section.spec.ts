import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeBenchmarks } from './benchmarks-section.js';

describe('writeBenchmarks', () => {
  it('keeps a subsection no part writes, after the parts’ own', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'benchmarks-')), 'RESULTS.md');
    writeFileSync(
      path,
      '# Results\n\n## Benchmarks\n\nintro\n\n### A\n\nold a\n\n### By hand\n\nkept figures\n',
    );
    writeBenchmarks(path, new Map([['### A', '### A\n\nnew a']]), ['### A', '### B']);
    const written = readFileSync(path, 'utf8');
    expect(written).toContain('### A\n\nnew a\n');
    expect(written).toContain('### By hand\n\nkept figures');
    expect(written.indexOf('### A')).toBeLessThan(written.indexOf('### By hand'));
  });
});

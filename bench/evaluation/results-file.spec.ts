import { replaceSection } from './results-file.js';

describe('replaceSection', () => {
  const section = '## Offline evaluation\n\nnew table\n';

  it('replaces the section in place and keeps the others', () => {
    const markdown =
      '# Results\n\n## Benchmarks\n\nfast\n\n## Offline evaluation\n\nold table\n\n## Later\n\nkept\n';
    expect(replaceSection(markdown, '## Offline evaluation', section)).toBe(
      '# Results\n\n## Benchmarks\n\nfast\n\n## Offline evaluation\n\nnew table\n\n## Later\n\nkept\n',
    );
  });

  it('appends the section when the file has none', () => {
    expect(
      replaceSection('# Results\n\n## Benchmarks\n\nfast\n', '## Offline evaluation', section),
    ).toBe('# Results\n\n## Benchmarks\n\nfast\n\n## Offline evaluation\n\nnew table\n');
  });

  it('does not take a ### subsection for the end of the section', () => {
    const markdown = '## Offline evaluation\n\nold\n\n### Details\n\nold too\n';
    expect(replaceSection(markdown, '## Offline evaluation', section)).toBe(section);
  });
});

import { markdownTable, meanNdcg, summaryTable, type EventScore } from './results-table.js';

const score = (method: string, size: number, seed: number, ndcg: number): EventScore => ({
  method,
  size,
  seed,
  ndcg,
  recall: ndcg / 2,
  evaluated: 10,
  milliseconds: 100,
});

describe('results tables', () => {
  const scores = [
    score('Engine', 400, 1, 0.5),
    score('Engine', 400, 2, 0.3),
    score('TF-IDF', 400, 1, 0.2),
    score('TF-IDF', 400, 2, 0.2),
  ];

  it('averages nDCG over seeds', () => {
    expect(meanNdcg(scores, 'Engine')).toBeCloseTo(0.4, 12);
    expect(meanNdcg(scores, 'TF-IDF', 400)).toBeCloseTo(0.2, 12);
  });

  it('lays tables out as Prettier does', () => {
    expect(markdownTable(['Method', 'nDCG'], [['TF-IDF', '0.2']])).toBe(
      '| Method | nDCG |\n| ------ | ---: |\n| TF-IDF |  0.2 |',
    );
  });

  it('puts one row per method, one pair of columns per event size', () => {
    const [header, , engine] = summaryTable(scores, 10).split('\n');
    expect(header).toContain('nDCG@10 · 400');
    expect(engine.split('|').map((cell) => cell.trim())).toEqual([
      '',
      'Engine',
      '0.400',
      '0.200',
      '0.400',
      '0.200',
      '100 ms',
      '',
    ]);
  });
});

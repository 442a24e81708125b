import { ndcgAt, recallAt } from './ranking-metrics.js';

const log2 = Math.log2;

describe('ndcgAt', () => {
  it('is 1 for the ideal order', () => {
    const gains = new Map([
      ['a', 2],
      ['b', 1],
    ]);
    expect(ndcgAt(10, ['a', 'b', 'x'], gains)).toBeCloseTo(1, 12);
  });

  it('matches a hand-computed value for a mixed list', () => {
    // Ranked: x (0), b (1), a (2). DCG = 1/log2(3) + 2/log2(4); IDCG = 2/log2(2) + 1/log2(3).
    const gains = new Map([
      ['a', 2],
      ['b', 1],
    ]);
    const expected = (1 / log2(3) + 2 / 2) / (2 + 1 / log2(3));
    expect(ndcgAt(10, ['x', 'b', 'a'], gains)).toBeCloseTo(expected, 12);
    expect(expected).toBeCloseTo(0.6199, 4);
  });

  it('only counts the first k suggestions, against an ideal cut at k too', () => {
    const gains = new Map([
      ['a', 1],
      ['b', 1],
      ['c', 1],
    ]);
    // k = 2: DCG = 0 + 1/log2(3); IDCG = 1 + 1/log2(3).
    expect(ndcgAt(2, ['x', 'a', 'b', 'c'], gains)).toBeCloseTo(1 / log2(3) / (1 + 1 / log2(3)), 12);
  });

  it('is 0 with nothing relevant or an empty list', () => {
    expect(ndcgAt(10, ['a'], new Map())).toBe(0);
    expect(ndcgAt(10, [], new Map([['a', 1]]))).toBe(0);
  });
});

describe('recallAt', () => {
  it('counts relevant partners in the first k over all relevant partners', () => {
    const relevant = new Set(['a', 'b', 'c', 'd']);
    expect(recallAt(3, ['a', 'x', 'c', 'b'], relevant)).toBe(0.5);
    expect(recallAt(10, ['a', 'x', 'c', 'b'], relevant)).toBe(0.75);
  });

  it('is 0 when nothing is relevant', () => {
    expect(recallAt(10, ['a'], new Set())).toBe(0);
  });
});

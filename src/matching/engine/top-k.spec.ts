import { EXCLUDED } from './score-candidates.js';
import { topK } from './top-k.js';

describe('topK', () => {
  it('returns the k best, best first, ties in position order, skipping excluded and zero scores', () => {
    const scores = Float64Array.from([0.5, EXCLUDED, 0.9, 0.5, 0, 0.7, 0.5]);
    expect(topK(scores, 4)).toEqual([2, 5, 0, 3]);
    expect(topK(scores, 10)).toEqual([2, 5, 0, 3, 6]);
    expect(topK(scores, 0)).toEqual([]);
  });

  it('agrees with a full sort on random scores', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const scores = Float64Array.from({ length: 500 }, () => Math.round(random() * 50) / 50);
    const sorted = [...scores.keys()]
      .filter((i) => scores[i] > 0)
      .sort((a, b) => scores[b] - scores[a] || a - b);
    expect(topK(scores, 37)).toEqual(sorted.slice(0, 37));
  });
});

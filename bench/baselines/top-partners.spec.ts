import { topPartners } from './top-partners.js';

describe('topPartners', () => {
  const ids = ['p0', 'p1', 'p2', 'p3', 'p4'];
  const scores = [0.2, 0.9, 0.2, 0.5, 0];

  it('keeps the k best by score, ties broken by id', () => {
    expect(topPartners([0, 1, 2, 3, 4], (i) => scores[i], ids, 3)).toEqual(['p1', 'p3', 'p0']);
  });

  it('does not depend on the order candidates come in', () => {
    expect(topPartners([4, 2, 3, 1, 0], (i) => scores[i], ids, 4)).toEqual([
      'p1',
      'p3',
      'p0',
      'p2',
    ]);
  });

  it('returns every candidate when there are fewer than k', () => {
    expect(topPartners([4, 0], (i) => scores[i], ids, 10)).toEqual(['p0', 'p4']);
  });
});

import { SeededRandom } from './seeded-random.js';

describe('SeededRandom', () => {
  const draws = (seed: number) => {
    const rng = new SeededRandom(seed);
    return Array.from({ length: 5 }, () => rng.next());
  };

  it('repeats itself for a seed and differs between seeds', () => {
    expect(draws(1)).toEqual(draws(1));
    expect(draws(1)).not.toEqual(draws(2));
  });

  it('stays within its ranges', () => {
    const rng = new SeededRandom(7);
    for (let i = 0; i < 1_000; i++) {
      const value = rng.next();
      expect(value >= 0 && value < 1).toBe(true);
      expect([3, 4, 5]).toContain(rng.int(3, 5));
    }
  });

  it('shuffles without losing anyone and samples distinct items', () => {
    const rng = new SeededRandom(11);
    const items = ['a', 'b', 'c', 'd', 'e'];
    expect([...rng.shuffle(items)].sort()).toEqual(items);
    const sample = rng.sample(items, 3);
    expect(new Set(sample).size).toBe(3);
  });

  it('draws weighted keys in proportion', () => {
    const rng = new SeededRandom(3);
    let heavy = 0;
    for (let i = 0; i < 10_000; i++) if (rng.weighted({ heavy: 9, light: 1 }) === 'heavy') heavy++;
    expect(heavy / 10_000).toBeCloseTo(0.9, 1);
  });
});

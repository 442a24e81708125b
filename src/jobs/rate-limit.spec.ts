import { perMinuteLimiter } from './rate-limit.js';

describe('perMinuteLimiter', () => {
  it('spaces jobs evenly, never faster than asked', () => {
    expect(perMinuteLimiter(120)).toEqual({ max: 1, duration: 500 });
    expect(perMinuteLimiter(7)).toEqual({ max: 1, duration: 8572 });
    expect(60_000 / perMinuteLimiter(7)!.duration).toBeLessThanOrEqual(7);
  });

  it('lifts the limit for 0', () => {
    expect(perMinuteLimiter(0)).toBeUndefined();
  });
});

import { jsonDepthExceeds } from './json-depth.js';

describe('jsonDepthExceeds', () => {
  const text = (value: string) => Buffer.from(value, 'utf8');

  it('counts arrays and objects, not brackets inside strings', () => {
    expect(jsonDepthExceeds(text('{"a":[{"b":[1]}]}'), 4)).toBe(false);
    expect(jsonDepthExceeds(text('{"a":[{"b":[[1]]}]}'), 4)).toBe(true);
    expect(jsonDepthExceeds(text('{"a":"[[[[[[[[[[\\"[[[["}'), 2)).toBe(false);
  });

  it('catches the hostile case quickly', () => {
    expect(jsonDepthExceeds(text('['.repeat(100_000) + ']'.repeat(100_000)))).toBe(true);
  });
});

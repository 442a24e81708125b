import { readEventReference } from './event-reference.js';
import { looksLikeUuid, slugProblem } from './event-slug.js';

const ID = '3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b';

describe('readEventReference', () => {
  it('reads a UUID as an id only, in lower case', () => {
    expect(readEventReference(ID)).toEqual({ id: ID });
    expect(readEventReference(ID.toUpperCase())).toEqual({ id: ID });
  });

  it('reads a slug as a slug', () => {
    expect(readEventReference('rfmm-2026')).toEqual({ slug: 'rfmm-2026' });
  });

  it.each([
    ['32 hex digits', ID.replaceAll('-', '')],
    ['a NUL byte', 'rfmm\u00002026'],
    ['upper case', 'RFMM-2026'],
    ['a double hyphen', 'rfmm--2026'],
    ['too long', 'a'.repeat(65)],
    ['empty', ''],
  ])('names nothing with %s', (_, reference) => {
    expect(readEventReference(reference)).toBeNull();
  });
});

describe('slugProblem', () => {
  it('accepts a slug', () => {
    expect(slugProblem('rencontres-2026')).toBeNull();
  });

  it.each([ID, ID.replaceAll('-', ''), 'deadbeef-dead-beef-dead-beefdeadbeef'])(
    'refuses %s, which reads as an id',
    (slug) => {
      expect(looksLikeUuid(slug)).toBe(true);
      expect(slugProblem(slug)).toMatch(/must not look like an event id/);
    },
  );

  it.each(['ab', 'a'.repeat(65), 'Rencontres', 'a--b', '-ab'])('refuses %j', (slug) => {
    expect(slugProblem(slug)).not.toBeNull();
  });
});

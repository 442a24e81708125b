import { resolveEventSettings } from './event-settings.js';
import { isCalendarDate } from './calendar-date.js';
import { slugFromName } from './event-slug.js';

describe('resolveEventSettings', () => {
  it('fills every setting the organiser left out', () => {
    expect(resolveEventSettings()).toEqual({
      weights: { complementarity: 0.35, themes: 0.2, text: 0.15, actors: 0.15, territory: 0.15 },
      crossCountryOnly: true,
      topK: 50,
      corsOrigins: [],
    });
  });

  it('keeps what was given, including zero weights and false', () => {
    const settings = resolveEventSettings({
      weights: { text: 0 },
      crossCountryOnly: false,
      topK: 5,
    });
    expect(settings.weights.text).toBe(0);
    expect(settings.weights.themes).toBe(0.2);
    expect(settings.crossCountryOnly).toBe(false);
    expect(settings.topK).toBe(5);
  });
});

describe('slugFromName', () => {
  it.each([
    [
      'Rencontres Franco-Marocaines de la Montagne 2026',
      'rencontres-franco-marocaines-de-la-montagne-2026',
    ],
    ["Journées de l'Écrins — Taliouine", 'journees-de-l-ecrins-taliouine'],
    ['  Atlas & Alpes  ', 'atlas-alpes'],
    ['ملتقى الجبل', ''],
  ])('%s → %s', (name, slug) => {
    expect(slugFromName(name)).toBe(slug);
  });

  it('stays within 64 characters without a trailing hyphen', () => {
    const slug = slugFromName('Rencontres '.repeat(10));
    expect(slug.length).toBeLessThanOrEqual(64);
    expect(slug.endsWith('-')).toBe(false);
  });
});

describe('isCalendarDate', () => {
  it.each([
    ['2026-09-15', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2026-02-30', false],
    ['2026-13-01', false],
  ])('%s → %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });
});

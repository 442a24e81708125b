import { THEMES, THEME_SLUGS } from './themes.js';

describe('THEMES', () => {
  it('lists the 14 themes of the Rencontres, in order, with unique slugs', () => {
    expect(THEME_SLUGS).toEqual([
      'sustainable-tourism',
      'natural-risks',
      'circular-economy',
      'water',
      'energy',
      'biodiversity',
      'cultural-heritage',
      'mountain-agriculture',
      'mobility',
      'training-jobs',
      'digital-innovation',
      'territorial-governance',
      'outdoor-sports',
      'climate-adaptation',
    ]);
    expect(new Set(THEME_SLUGS).size).toBe(14);
  });

  it('labels themes in French and English', () => {
    const climate = THEMES.find((theme) => theme.slug === 'climate-adaptation');
    expect(climate).toMatchObject({
      labelFr: 'Adaptation au changement climatique',
      labelEn: 'Climate change adaptation',
    });
    expect(THEMES.map((theme) => theme.labelFr)).toContain('Économie circulaire');
    for (const theme of THEMES) {
      expect(theme.labelFr.trim()).not.toBe('');
      expect(theme.labelEn.trim()).not.toBe('');
      expect(theme.synonyms.length).toBeGreaterThanOrEqual(3);
    }
  });
});

import { MASSIFS, MASSIF_SLUGS } from './massifs.js';

describe('MASSIFS', () => {
  it('lists six French and four Moroccan ranges', () => {
    expect(MASSIF_SLUGS).toEqual([
      'alpes',
      'pyrenees',
      'jura',
      'massif-central',
      'vosges',
      'corse',
      'haut-atlas',
      'moyen-atlas',
      'anti-atlas',
      'rif',
    ]);
  });

  it('gives each range its country and profile', () => {
    const profile = Object.fromEntries(MASSIFS.map((m) => [m.slug, `${m.country} ${m.profile}`]));
    expect(profile).toEqual({
      alpes: 'FR high-mountain',
      pyrenees: 'FR high-mountain',
      jura: 'FR mid-mountain',
      'massif-central': 'FR mid-mountain',
      vosges: 'FR mid-mountain',
      corse: 'FR high-mountain',
      'haut-atlas': 'MA high-mountain',
      'moyen-atlas': 'MA mid-mountain',
      'anti-atlas': 'MA mid-mountain',
      rif: 'MA mid-mountain',
    });
  });
});

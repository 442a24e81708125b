import { foldText } from '../common/fold-text.js';
import { REGIONS } from './regions.js';

describe('REGIONS', () => {
  it('has the 18 French regions and the 12 Moroccan regions', () => {
    expect(REGIONS.filter((region) => region.country === 'FR')).toHaveLength(18);
    expect(REGIONS.filter((region) => region.country === 'MA')).toHaveLength(12);
  });

  it('has unique slugs derived from the names', () => {
    expect(new Set(REGIONS.map((region) => region.slug)).size).toBe(REGIONS.length);
    for (const region of REGIONS) {
      expect(region.slug).toBe(foldText(region.name).replace(/ /g, '-'));
    }
  });

  it('spells regions as the cooperation links data does', () => {
    const names = REGIONS.map((region) => region.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Auvergne-Rhône-Alpes',
        "Provence-Alpes-Côte d'Azur",
        'Île-de-France',
        'Centre-Val de Loire',
        'Souss-Massa',
        'Drâa-Tafilalet',
        'Tanger-Tétouan-Al Hoceïma',
        'Béni Mellal-Khénifra',
        'Fès-Meknès',
        'Casablanca-Settat',
        'Marrakech-Safi',
        'Rabat-Salé-Kénitra',
        'Oriental',
        'Guelmim-Oued Noun',
        'Laâyoune-Sakia El Hamra',
        'Dakhla-Oued Ed-Dahab',
      ]),
    );
  });
});

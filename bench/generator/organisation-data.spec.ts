import { MASSIFS } from '../../src/taxonomy/massifs.js';
import { REGIONS } from '../../src/taxonomy/regions.js';
import { COOPERATION_LINKS } from './cooperation-links.data.js';
import { FR_ORGANISATIONS, FR_PLACES } from './organisations-fr.data.js';
import { MA_ORGANISATIONS, MA_PLACES } from './organisations-ma.data.js';
import { withElision } from './organisation-picker.js';
import { PROJECT_TEMPLATES } from './project-catalog.js';

const REGION_COUNTRY = new Map(REGIONS.map((region) => [region.name, region.country]));
const MASSIF_COUNTRY = new Map<string, string>(
  MASSIFS.map((massif) => [massif.slug, massif.country]),
);

describe('generator data', () => {
  it.each([
    ['FR', [...FR_ORGANISATIONS, ...FR_PLACES]],
    ['MA', [...MA_ORGANISATIONS, ...MA_PLACES]],
  ])('places %s structures in regions and massifs of that country', (country, seeds) => {
    for (const seed of seeds) {
      expect({ name: seed.name, country: REGION_COUNTRY.get(seed.region) }).toEqual({
        name: seed.name,
        country,
      });
      if (seed.massif !== null) expect(MASSIF_COUNTRY.get(seed.massif)).toBe(country);
    }
  });

  it('uses the taxonomy region names in the cooperation links', () => {
    for (const link of COOPERATION_LINKS) {
      expect(REGION_COUNTRY.get(link.frRegion)).toBe('FR');
      expect(REGION_COUNTRY.get(link.maRegion)).toBe('MA');
    }
  });

  it('gives every project a needing side and an offering side in different countries', () => {
    for (const project of PROJECT_TEMPLATES) {
      const crossBorder = (['FR', 'MA'] as const).some(
        (country) => project.needers[country] && project.offerers[country === 'FR' ? 'MA' : 'FR'],
      );
      expect({ project: project.slug, crossBorder }).toEqual({
        project: project.slug,
        crossBorder: true,
      });
      for (const side of [project.need, project.offer]) {
        expect(side.fr.length).toBeGreaterThanOrEqual(3);
        expect(side.en.length).toBeGreaterThanOrEqual(1);
        expect(side.short.length).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('elides « de » before a vowel', () => {
    expect(withElision('Commune de ', 'Imlil')).toBe("Commune d'Imlil");
    expect(withElision('Mairie de ', 'Briançon')).toBe('Mairie de Briançon');
    expect(withElision('Commune rurale de ', 'Aït Baha')).toBe("Commune rurale d'Aït Baha");
  });
});

import { linkMembership, sharedLink } from './cooperation-links.js';

describe('cooperation links', () => {
  const ecrins = linkMembership({
    country: 'FR',
    region: "Provence-Alpes-Côte d'Azur",
    text: 'Parc national des Écrins',
  });
  const taliouine = linkMembership({
    country: 'MA',
    region: 'Souss-Massa',
    text: 'Commune de Taliouine',
  });
  const isereCompany = linkMembership({
    country: 'FR',
    region: 'Auvergne-Rhône-Alpes',
    text: 'Alpes Risques Ingénierie',
  });
  const agadirCompany = linkMembership({
    country: 'MA',
    region: 'Souss-Massa',
    text: 'Souss Conseil',
  });
  const ouarzazate = linkMembership({
    country: 'MA',
    region: 'Drâa-Tafilalet',
    text: 'Atlas Studios',
  });

  it('finds a place-level link when both name their side of it', () => {
    expect(sharedLink(ecrins, taliouine)).toEqual({
      level: 'place',
      link: expect.objectContaining({ fr: 'Pays des Écrins', ma: 'Taliouine' }),
    });
  });

  it('falls back to a region-level link, preferring a mountain partnership between territories', () => {
    expect(sharedLink(isereCompany, agadirCompany)).toEqual({
      level: 'region',
      link: expect.objectContaining({
        fr: "Département de l'Isère",
        maRegion: 'Souss-Massa',
        mountain: true,
      }),
    });
  });

  it('finds nothing between unlinked territories or within one country', () => {
    expect(sharedLink(ecrins, ouarzazate)).toBeNull();
    expect(sharedLink(taliouine, agadirCompany)).toBeNull();
  });
});

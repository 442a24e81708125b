import { mentionsPlace, placeCore } from './place-names.js';

describe('placeCore', () => {
  it.each([
    ["Département de l'Isère", 'isere'],
    ['Pays des Écrins', 'ecrins'],
    ['Région du Souss-Massa-Drâa', 'souss massa draa'],
    ['Parc naturel régional du Luberon', 'luberon'],
    ['Nantes Métropole', 'nantes'],
    ['Grand Lyon', 'lyon'],
    ['Taliouine', 'taliouine'],
    ["Province d'El Jadida", 'el jadida'],
  ])('%s → %s', (name, core) => {
    expect(placeCore(name)).toBe(core);
  });
});

describe('mentionsPlace', () => {
  it('finds whole words only', () => {
    expect(mentionsPlace('commune de taliouine', 'taliouine')).toBe(true);
    expect(mentionsPlace('parc national des ecrins', 'ecrins')).toBe(true);
    expect(mentionsPlace('commune de fesland', 'fes')).toBe(false);
    expect(mentionsPlace('tours operateurs', 'tours')).toBe(true);
  });
});

import {
  availabilityCell,
  booleanCell,
  countryCell,
  languagesCell,
  massifCell,
  organisationTypeCell,
  textCell,
  themesCell,
} from './csv-cells.js';

describe('CSV cell converters', () => {
  const converters = [
    textCell,
    themesCell,
    languagesCell,
    booleanCell,
    availabilityCell,
    countryCell,
    organisationTypeCell,
    massifCell,
  ];

  it.each(converters.map((convert) => [convert.name, convert] as const))(
    '%s leaves an empty cell absent',
    (_name, convert) => {
      expect(convert('')).toBeUndefined();
      expect(convert('   ')).toBeUndefined();
    },
  );

  it('trims text and keeps its inner line breaks', () => {
    expect(textCell('  Commune de Taliouine \n')).toBe('Commune de Taliouine');
    expect(textCell('Filière safran.\nCoopératives féminines.')).toBe(
      'Filière safran.\nCoopératives féminines.',
    );
  });

  it('splits theme lists on | , ; / and line breaks and resolves labels to slugs', () => {
    expect(themesCell('Tourisme durable, Patrimoine culturel')).toEqual([
      'sustainable-tourism',
      'cultural-heritage',
    ]);
    expect(themesCell('Eau|Énergie;Biodiversité\nMobilité')).toEqual([
      'water',
      'energy',
      'biodiversity',
      'mobility',
    ]);
    expect(themesCell('Sports de nature / outdoor')).toEqual(['outdoor-sports']);
    expect(themesCell(' , ;')).toBeUndefined();
  });

  it('keeps an unknown theme as its raw text', () => {
    expect(themesCell('Écotourisme, Filière safran')).toEqual([
      'sustainable-tourism',
      'Filière safran',
    ]);
  });

  it('resolves languages and keeps unknown ones raw', () => {
    expect(languagesCell('Français, Arabe, Amazighe')).toEqual(['fr', 'ar', 'zgh']);
    expect(languagesCell('Darija / Tachelhit / Tarifit')).toEqual(['ary', 'shi', 'rif']);
    expect(languagesCell('English|Wolof')).toEqual(['en', 'Wolof']);
  });

  it.each([
    ['Oui', true],
    ['non', false],
    ['YES', true],
    ['No', false],
    ['true', true],
    ['FALSE', false],
    ['1', true],
    ['0', false],
    ['x', true],
    ['✓', true],
    ['Vrai', true],
    ['faux', false],
    ["J'accepte", true],
  ])('reads boolean %j as %s', (cell, value) => {
    expect(booleanCell(cell)).toBe(value);
  });

  it('keeps an unreadable boolean raw', () => {
    expect(booleanCell(' peut-être ')).toBe('peut-être');
  });

  it.each([
    ['1,2,5', [1, 2, 5]],
    ['1 2 5', [1, 2, 5]],
    ['1;2;5', [1, 2, 5]],
    [' 3 , 4 ', [3, 4]],
    ['2', [2]],
  ])('reads availability %j as %j', (cell, rounds) => {
    expect(availabilityCell(cell)).toEqual(rounds);
  });

  it('keeps a non-numeric availability raw', () => {
    expect(availabilityCell('matin seulement')).toBe('matin seulement');
    expect(availabilityCell('1, 2, après-midi')).toBe('1, 2, après-midi');
  });

  it.each([
    ['FR', 'FR'],
    ['fr', 'FR'],
    ['France', 'FR'],
    ['FRA', 'FR'],
    ['Maroc', 'MA'],
    ['MAROC', 'MA'],
    ['Morocco', 'MA'],
    ['المغرب', 'MA'],
    ['Royaume du Maroc', 'MA'],
    ['Espagne', 'ES'],
    ['Etats-Unis', 'US'],
    ["Côte d'Ivoire", 'CI'],
    ['Belgique', 'BE'],
  ])('reads country %j as %s', (cell, code) => {
    expect(countryCell(cell)).toBe(code);
  });

  it('keeps an unknown country raw', () => {
    expect(countryCell(' Atlantide ')).toBe('Atlantide');
  });

  it('resolves organisation types and massifs, keeping unknown ones raw', () => {
    expect(organisationTypeCell('Collectivité territoriale')).toBe('collectivite');
    expect(organisationTypeCell('Tour-opérateur')).toBe('tour_operateur');
    expect(organisationTypeCell('Coopérative laitière')).toBe('Coopérative laitière');
    expect(massifCell('Haut-Atlas')).toBe('haut-atlas');
    expect(massifCell('Massif Central')).toBe('massif-central');
    expect(massifCell('Himalaya')).toBe('Himalaya');
  });
});

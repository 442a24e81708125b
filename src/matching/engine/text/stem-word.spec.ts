import { stemWord } from './stem-word.js';

function stemsOf(words: string[], language: 'fr' | 'en' = 'fr'): string[] {
  return words.map((word) => stemWord(word, language));
}

describe('stemWord', () => {
  it.each([
    [['tourisme', 'touristique', 'touristes', 'touristiques', 'Tourisme'], 'tourist'],
    [['irriguer', 'irrigation', 'irrigué', 'irrigations', 'irriguées'], 'irrig'],
    [['économie', 'economie', 'économique', 'économiques', 'ÉCONOMIE'], 'econom'],
    [['inondation', 'inondations', 'inondé', 'inondée'], 'inond'],
    [['risque', 'risques'], 'risqu'],
    [['patrimoine', 'patrimoines', 'patrimonial'], 'patrimoin'],
    [['agriculture', 'agricole', 'agriculteurs', 'agricoles'], 'agricult'],
    [['randonnée', 'randonnées', 'randonneurs', 'randonnee'], 'randonn'],
    [['formation', 'formations', 'former', 'formateurs'], 'form'],
    [['durable', 'durables', 'durabilité', 'durabilite'], 'durabl'],
    [['eau', 'eaux'], 'eau'],
    [['montagne', 'montagnes', 'montagnard', 'montagnards', 'montagnardes'], 'montagn'],
    [['biodiversité', 'biodiversite'], 'biodivers'],
    [['mobilité', 'mobilites'], 'mobil'],
    [['énergie', 'énergies', 'energie'], 'energ'],
    [['forestier', 'forestière', 'forestieres'], 'forest'],
    [['laitier', 'laitière', 'laitières'], 'laiti'],
    [['terrasse', 'terrasses'], 'terrass'],
    [['coopérative', 'coopératives', 'cooperative'], 'cooperativ'],
  ])('joins the French family %j on %j', (words, stem) => {
    expect(stemsOf(words)).toEqual(words.map(() => stem));
  });

  it.each([
    [['tourism', 'tourist', 'touristic', 'tourists'], 'tourist'],
    [['flood', 'floods', 'flooding', 'flooded'], 'flood'],
    [['irrigation', 'irrigate', 'irrigated'], 'irrig'],
    [['economy', 'economic', 'economics'], 'econom'],
    [['biodiversity'], 'biodivers'],
    [['mobility'], 'mobil'],
    [['energy'], 'energ'],
  ])('joins the English family %j on %j', (words, stem) => {
    expect(stemsOf(words, 'en')).toEqual(words.map(() => stem));
  });

  it('gives French and English words of one root the same stem', () => {
    expect(stemWord('tourisme', 'fr')).toBe(stemWord('tourism', 'en'));
    expect(stemWord('irrigation', 'fr')).toBe(stemWord('irrigation', 'en'));
    expect(stemWord('économie', 'fr')).toBe(stemWord('economy', 'en'));
    expect(stemWord('biodiversité', 'fr')).toBe(stemWord('biodiversity', 'en'));
  });

  // One case per derivation rule, so removing or reordering a rule fails here.
  it.each([
    ['réseaux', 'en', 'reseau'],
    ['feux', 'fr', 'feu'],
    ['feu', 'fr', 'feu'],
    ['mountaineering', 'en', 'mountaineer'],
    ['mountain', 'en', 'mountain'],
    ['alpinisme', 'fr', 'alpinist'],
    ['alpin', 'fr', 'alpin'],
    ['GIS', 'en', 'gis'],
    ['GIE', 'en', 'gie'],
    ['patrimonial', 'fr', 'patrimoin'],
    ['viticole', 'fr', 'viticult'],
    ['viticulture', 'fr', 'viticult'],
    ['producteur', 'fr', 'product'],
    ['production', 'fr', 'product'],
    ['alpinisme', 'en', 'alpinist'],
    ['alpiniste', 'en', 'alpinist'],
    ['energy', 'fr', 'energ'],
    ['accessibilité', 'fr', 'accessibl'],
    ['accessible', 'fr', 'accessibl'],
    ['activités', 'fr', 'activ'],
    ['activities', 'en', 'activ'],
    ['municipalité', 'fr', 'municipal'],
    ['municipal', 'fr', 'municipal'],
    ['qualité', 'fr', 'qual'],
    ['quality', 'en', 'qual'],
    ['électricité', 'fr', 'electr'],
    ['électrique', 'fr', 'electr'],
    ['touristique', 'en', 'tourist'],
    ['résultats', 'fr', 'result'],
    ['naviguer', 'fr', 'navig'],
    ['navigation', 'fr', 'navig'],
    ['vallée', 'fr', 'vall'],
    ['valley', 'en', 'vall'],
  ] as const)('stems %j (%s) to %j', (word, language, stem) => {
    expect(stemWord(word, language)).toBe(stem);
  });

  it.each([
    ['eau', 'été'],
    ['gestion', 'geste'],
    ['patrimoine', 'patron'],
    ['route', 'routine'],
    ['forêt', 'forme'],
    ['culture', 'culte'],
    ['agriculture', 'culture'],
    ['tourisme', 'tour'],
    ['montagne', 'montant'],
    ['secteur', 'secte'],
    ['terrasse', 'terre'],
    ['coopérative', 'coopération'],
  ])('keeps %j and %j apart', (left, right) => {
    expect(stemWord(left, 'fr')).not.toBe(stemWord(right, 'fr'));
  });

  it('keeps Arabic and Tifinagh words whole, only folded', () => {
    expect(stemWord('الزعفران', 'fr')).toBe('الزعفران');
    expect(stemWord('ⵜⴰⵎⴰⵣⵉⵖⵜ', 'en')).toBe('ⵜⴰⵎⴰⵣⵉⵖⵜ');
  });

  it('stems English words with the English stemmer', () => {
    expect(stemWord('warning', 'en')).toBe('warn');
    expect(stemWord('warning', 'fr')).toBe('warning');
  });
});

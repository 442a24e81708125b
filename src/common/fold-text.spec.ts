import { foldText } from './fold-text.js';

describe('foldText', () => {
  it.each([
    ['Économie  Circulaire', 'economie circulaire'],
    ['Tour-Opérateur', 'tour operateur'],
    ['Drâa-Tafilalet', 'draa tafilalet'],
    ['Tanger-Tétouan-Al Hoceïma', 'tanger tetouan al hoceima'],
    ["Provence-Alpes-Côte d'Azur", 'provence alpes cote d azur'],
    ['Côte d’Albâtre', 'cote d albatre'],
    ['Aʼit Benhaddou', 'a it benhaddou'],
    ['tour_operateur', 'tour operateur'],
    ['Sports de nature / outdoor', 'sports de nature outdoor'],
    ['  Agriculture\tde\nmontagne  ', 'agriculture de montagne'],
    ['Main-d’Œuvre', 'main d oeuvre'],
    ['N° d’inscription', 'n° d inscription'],
    ['\u00a0Ski\u202fde randonnée\u00a0', 'ski de randonnee'],
    ['', ''],
  ])('folds %j to %j', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });

  it('keeps Arabic letters and drops only the vowel marks', () => {
    expect(foldText('فاطِمة الزهراء')).toBe('فاطمة الزهراء');
    // Alef with madda decomposes to alef + combining madda: the letter stays.
    expect(foldText('آيت بنحدو')).toBe('ايت بنحدو');
  });

  it('keeps Tifinagh letters', () => {
    expect(foldText('ⵜⴰⵎⴰⵣⵉⵖⵜ')).toBe('ⵜⴰⵎⴰⵣⵉⵖⵜ');
    expect(foldText('ⵉⴷⵔⴰⵔⵏ ⵏ ⵡⴰⵟⵍⴰⵚ')).toBe('ⵉⴷⵔⴰⵔⵏ ⵏ ⵡⴰⵟⵍⴰⵚ');
  });
});

import { foldText, foldWholeText } from './fold-text.js';

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

describe('foldText, code unit by code unit', () => {
  const CODE_UNIT_WISE = [
    ...range(0x0000, 0x0370),
    ...range(0x2000, 0x2070),
    ...range(0x20a0, 0x20c0),
  ].map((unit) => String.fromCharCode(unit));

  it('folds every code unit, alone and between letters, as the whole-text passes do', () => {
    const differing: number[] = [];
    for (let unit = 0; unit <= 0xffff; unit += 1) {
      const alone = String.fromCharCode(unit);
      const between = `a${alone}b`;
      if (foldText(alone) !== foldWholeText(alone) || foldText(between) !== foldWholeText(between))
        differing.push(unit);
    }
    expect(differing).toEqual([]);
  });

  it('folds every pair of code units of the table as the whole-text passes do', () => {
    const differing: string[] = [];
    for (const first of CODE_UNIT_WISE) {
      for (const second of CODE_UNIT_WISE) {
        const text = first + second;
        if (foldText(text) !== foldWholeText(text)) differing.push(text);
      }
    }
    expect(differing).toEqual([]);
  });

  it('folds mixed texts, within the table and beyond, as the whole-text passes do', () => {
    const texts = [
      '  Œuvre\u00a0— l’été  d’AÏT ½ … ﬁn ',
      'ΑΣ. Β',
      'İstanbul ΟΔΟΣ',
      'e\u0301te\u0301 a\u0327\u0301',
      'Coopérative تعاونية الزعفران ⵜⴰⵎⴰⵣⵉⵖⵜ',
      ' - _ / ',
      '\ufeffBOM',
      'x'.repeat(5000) + ' É'.repeat(3000),
    ];
    for (const text of texts) expect(foldText(text)).toBe(foldWholeText(text));
  });
});

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}

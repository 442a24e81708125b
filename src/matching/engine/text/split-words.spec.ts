import { splitWords } from './split-words.js';

describe('splitWords', () => {
  it('splits on punctuation and spaces, dropping numbers and single characters', () => {
    expect(splitWords('l eau, 2024 : gîtes (x) n8 covid19')).toEqual([
      'eau',
      'gîtes',
      'n8',
      'covid19',
    ]);
  });

  it('keeps Arabic and Tifinagh letters inside words', () => {
    expect(splitWords('تعاونية الزعفران / ⵜⴰⵎⴰⵣⵉⵖⵜ')).toEqual(['تعاونية', 'الزعفران', 'ⵜⴰⵎⴰⵣⵉⵖⵜ']);
  });

  it('keeps combining marks with their letter', () => {
    expect(splitWords('e\u0301te\u0301 chaud')).toEqual(['e\u0301te\u0301', 'chaud']);
  });
});

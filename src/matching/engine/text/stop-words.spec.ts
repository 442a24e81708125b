import { ENGLISH_STOP_WORDS, FRENCH_STOP_WORDS, STOP_WORDS } from './stop-words.js';

describe('stop words', () => {
  it('holds natural’s French list, folded like the texts it filters', () => {
    for (const word of ['de', 'des', 'les', 'ou', 'etre', 'meme', 'ete', 'sont']) {
      expect(FRENCH_STOP_WORDS.has(word)).toBe(true);
    }
    expect(FRENCH_STOP_WORDS.has('où')).toBe(false);
  });

  it('adds the grammatical French words natural misses, elided forms included', () => {
    for (const word of ['dont', 'chez', 'afin', 'entre', 'jusqu', 'lorsqu', 'notamment']) {
      expect(FRENCH_STOP_WORDS.has(word)).toBe(true);
    }
  });

  it('keeps content words such as « projet », « montagne » and « coopération »', () => {
    for (const word of ['projet', 'montagne', 'cooperation', 'eau', 'tourisme']) {
      expect(STOP_WORDS.has(word)).toBe(false);
    }
  });

  it('holds natural’s English list, except « ours » which is a French animal', () => {
    for (const word of ['the', 'and', 'with', 'which'])
      expect(ENGLISH_STOP_WORDS.has(word)).toBe(true);
    expect(STOP_WORDS.has('ours')).toBe(false);
  });

  it('unites both languages', () => {
    expect(STOP_WORDS.size).toBe(new Set([...FRENCH_STOP_WORDS, ...ENGLISH_STOP_WORDS]).size);
    expect(STOP_WORDS.has('the')).toBe(true);
    expect(STOP_WORDS.has('les')).toBe(true);
  });
});

import { forbiddenCharacterReason } from './text-characters.js';

describe('forbiddenCharacterReason', () => {
  it.each([
    ['x\n=cmd|calc!A1', 'fullName must be a single line (no line breaks)'],
    ['x\r=cmd', 'fullName must be a single line (no line breaks)'],
    ['Anne\tDupont', 'fullName must not contain control characters (found U+0009)'],
    ['Anne\u0007', 'fullName must not contain control characters (found U+0007)'],
    ['Anne\u007F', 'fullName must not contain control characters (found U+007F)'],
    ['Anne\u0085Dupont', 'fullName must not contain control characters (found U+0085)'],
    ['Anne\u2028Dupont', 'fullName must not contain control characters (found U+2028)'],
    ['Anne\u2029Dupont', 'fullName must not contain control characters (found U+2029)'],
    ['gpj.\u202Eexe', 'fullName must not contain bidirectional override characters (found U+202E)'],
    ['\u202Ax', 'fullName must not contain bidirectional override characters (found U+202A)'],
    ['\u2066x\u2069', 'fullName must not contain bidirectional override characters (found U+2066)'],
  ])('refuses %j in a single-line field', (text, reason) => {
    expect(forbiddenCharacterReason('fullName', text, 'single-line')).toBe(reason);
  });

  it('lets multi-line text keep tab, LF and CR but nothing else', () => {
    expect(forbiddenCharacterReason('offers', 'a\tb\r\nc\nd\re', 'multi-line')).toBeUndefined();
    expect(forbiddenCharacterReason('offers', 'a\u0000b', 'multi-line')).toBe(
      'offers must not contain control characters (found U+0000)',
    );
    expect(forbiddenCharacterReason('offers', 'a\u2028b', 'multi-line')).toBe(
      'offers must not contain control characters (found U+2028)',
    );
    expect(forbiddenCharacterReason('offers', 'a\u202Eb', 'multi-line')).toBe(
      'offers must not contain bidirectional override characters (found U+202E)',
    );
  });

  it.each([
    'Fatima Zahra Aït Benhaddou',
    'يوسف الإدريسي',
    'ⵜⴰⵎⴰⵣⵉⵖⵜ',
    'Commune de Taliouine\u200F (المغرب)', // a right-to-left mark is ordinary in Arabic text
    'Pays des Écrins',
  ])('accepts what people type: %j', (text) => {
    expect(forbiddenCharacterReason('fullName', text, 'single-line')).toBeUndefined();
  });
});

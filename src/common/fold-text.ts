const COMBINING_MARKS = /\p{Mn}/gu;
const APOSTROPHES = /['‘’ʼ`´]/g;
const SEPARATORS = /[-‐‑‒–—_/\\]/g;
const WHITESPACE = /\s+/g;

/**
 * Comparison key for human wordings: accent-, case- and punctuation-insensitive.
 * Only combining marks go, so Arabic and Tifinagh letters survive (Arabic vowel signs do not).
 */
export function foldText(input: string): string {
  return (
    input
      .normalize('NFKD')
      .replace(COMBINING_MARKS, '')
      .toLowerCase()
      // French ligatures have no Unicode decomposition: « œuvre » must meet « oeuvre ».
      .replace(/œ/g, 'oe')
      .replace(/æ/g, 'ae')
      .replace(APOSTROPHES, ' ')
      .replace(SEPARATORS, ' ')
      .replace(WHITESPACE, ' ')
      .trim()
  );
}

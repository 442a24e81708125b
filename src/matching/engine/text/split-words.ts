// Letters of any script (Latin, Arabic, Tifinagh …), combining marks and digits make up words.
// natural's French tokeniser keeps only [a-z0-9] and French accented letters, so it would drop
// Arabic and Tifinagh names: this one splits on Unicode classes instead.
const NON_WORD = /[^\p{L}\p{M}\p{N}]+/u;
const DIGITS_ONLY = /^\p{N}+$/u;

/** Pieces of a text between anything that is not a letter, mark or digit; may hold empty pieces. */
export function splitOnNonWord(text: string): string[] {
  return text.split(NON_WORD);
}

/** Numbers alone (years, postcodes) and one-character leftovers of elisions carry no topic. */
export function isTopicalWord(word: string): boolean {
  return word.length > 1 && !DIGITS_ONLY.test(word);
}

/** Topical words of a text, in order. */
export function splitWords(text: string): string[] {
  return splitOnNonWord(text).filter(isTopicalWord);
}

import { foldText } from '../../../common/fold-text.js';
import { splitWords } from './split-words.js';
import type { TextLanguage } from './stem-word.js';
import { ENGLISH_STOP_WORDS, FRENCH_STOP_WORDS } from './stop-words.js';

// Only words that are stop words in one language alone are evidence (« on », « me » are both).
const FRENCH_ONLY = new Set([...FRENCH_STOP_WORDS].filter((word) => !ENGLISH_STOP_WORDS.has(word)));
const ENGLISH_ONLY = new Set(
  [...ENGLISH_STOP_WORDS].filter((word) => !FRENCH_STOP_WORDS.has(word)),
);

/** One folded word's evidence: +1 for French, −1 for English, 0 for neither. */
export function languageVote(word: string): number {
  if (FRENCH_ONLY.has(word)) return 1;
  return ENGLISH_ONLY.has(word) ? -1 : 0;
}

/** The language the summed votes of a text's words point to; a tie goes to French. */
export function languageOfVotes(balance: number): TextLanguage {
  return balance < 0 ? 'en' : 'fr';
}

/** Language of already folded, split words; a tie goes to French, the event's main language. */
export function detectLanguageOfWords(words: readonly string[]): TextLanguage {
  let balance = 0;
  for (const word of words) balance += languageVote(word);
  return languageOfVotes(balance);
}

/** 'fr' or 'en', by counting the stop words of each language in the text. */
export function detectLanguage(text: string | null | undefined): TextLanguage {
  return detectLanguageOfWords(splitWords(foldText(text ?? '')));
}

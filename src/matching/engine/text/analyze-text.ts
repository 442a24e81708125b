import { foldText } from '../../../common/fold-text.js';
import { detectLanguageOfWords } from './detect-language.js';
import { splitOnNonWord, splitWords } from './split-words.js';
import { stemFoldedWord, type TextLanguage } from './stem-word.js';
import { STOP_WORDS } from './stop-words.js';

/** A word as the participant typed it, and the stem it counts as. */
export interface AnalyzedWord {
  word: string;
  stem: string;
}

// Registration texts reuse a small vocabulary, so stems are memoised; the bound keeps a long-lived
// worker's memory flat (emptied when full: cheaper than LRU bookkeeping on the hot path).
const STEM_CACHE_LIMIT = 200_000;
const stemCache: Record<TextLanguage, Map<string, string>> = { fr: new Map(), en: new Map() };

function cachedStem(folded: string, language: TextLanguage): string {
  const cache = stemCache[language];
  let stem = cache.get(folded);
  if (stem === undefined) {
    stem = stemFoldedWord(folded, language);
    if (cache.size >= STEM_CACHE_LIMIT) cache.clear();
    cache.set(folded, stem);
  }
  return stem;
}

// Descriptions are folded word by word (to keep each word as typed): memoised the same way.
const foldCache = new Map<string, readonly string[]>();

/** The folded words one typed word gives (usually one; a compatibility form may give more). */
function foldedWords(word: string): readonly string[] {
  let folded = foldCache.get(word);
  if (folded === undefined) {
    folded = splitWords(foldText(word));
    if (foldCache.size >= STEM_CACHE_LIMIT) foldCache.clear();
    foldCache.set(word, folded);
  }
  return folded;
}

/**
 * Stems of a text, in order, duplicates kept (callers count term frequencies): folded, split,
 * stop words of both languages dropped (texts mix them), stemmed in the detected language unless
 * `language` is given.
 */
export function analyzeText(text: string | null | undefined, language?: TextLanguage): string[] {
  const words = splitWords(foldText(text ?? ''));
  const stemLanguage = language ?? detectLanguageOfWords(words);
  const stems: string[] = [];
  for (const word of words) {
    if (!STOP_WORDS.has(word)) stems.push(cachedStem(word, stemLanguage));
  }
  return stems;
}

/** {@link analyzeText} keeping each stem's word as typed, for explanations shown to people. */
export function analyzeWords(
  text: string | null | undefined,
  language?: TextLanguage,
): AnalyzedWord[] {
  const typed: { word: string; folded: string }[] = [];
  for (const word of splitOnNonWord(text ?? '')) {
    // Folding may split a word further (compatibility forms), never join two.
    for (const folded of foldedWords(word)) typed.push({ word, folded });
  }
  const stemLanguage = language ?? detectLanguageOfWords(typed.map(({ folded }) => folded));
  return typed
    .filter(({ folded }) => !STOP_WORDS.has(folded))
    .map(({ word, folded }) => ({ word, stem: cachedStem(folded, stemLanguage) }));
}

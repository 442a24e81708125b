import { foldText } from '../../../common/fold-text.js';
import { languageOfVotes, languageVote } from './detect-language.js';
import { isTopicalWord, splitOnNonWord, splitWords } from './split-words.js';
import { stemFoldedWord, type TextLanguage } from './stem-word.js';
import { STOP_WORDS } from './stop-words.js';

/** A word as the participant typed it, and the stem it counts as. */
export interface AnalyzedWord {
  word: string;
  stem: string;
}

/** What analysis needs to know of one folded word: looked up once per occurrence. */
export interface WordFacts {
  readonly folded: string;
  readonly stopWord: boolean;
  /** Its evidence for the text's language (see languageVote). */
  readonly languageVote: number;
  /** Its stem in each language, computed when first needed. */
  readonly stems: Partial<Record<TextLanguage, string>>;
}

// Registration texts reuse a small vocabulary, so what is known of a word is memoised; the bound
// keeps a long-lived worker's memory flat (emptied when full: cheaper than LRU bookkeeping on the
// hot path).
const WORD_CACHE_LIMIT = 200_000;
const factsByWord = new Map<string, WordFacts>();

function factsOf(folded: string): WordFacts {
  let facts = factsByWord.get(folded);
  if (facts === undefined) {
    facts = {
      folded,
      stopWord: STOP_WORDS.has(folded),
      languageVote: languageVote(folded),
      stems: {},
    };
    if (factsByWord.size >= WORD_CACHE_LIMIT) factsByWord.clear();
    factsByWord.set(folded, facts);
  }
  return facts;
}

function stemOf(facts: WordFacts, language: TextLanguage): string {
  let stem = facts.stems[language];
  if (stem === undefined) {
    stem = stemFoldedWord(facts.folded, language);
    facts.stems[language] = stem;
  }
  return stem;
}

// Descriptions are folded word by word (to keep each word as typed): memoised the same way.
const factsByTypedWord = new Map<string, readonly WordFacts[]>();

/** The folded words one typed word gives (usually one; a compatibility form may give more). */
function typedWordFacts(word: string): readonly WordFacts[] {
  let facts = factsByTypedWord.get(word);
  if (facts === undefined) {
    facts = splitWords(foldText(word)).map(factsOf);
    if (factsByTypedWord.size >= WORD_CACHE_LIMIT) factsByTypedWord.clear();
    factsByTypedWord.set(word, facts);
  }
  return facts;
}

function detectedLanguage(words: readonly WordFacts[]): TextLanguage {
  let balance = 0;
  for (const facts of words) balance += facts.languageVote;
  return languageOfVotes(balance);
}

/**
 * Stems of a text, in order, duplicates kept (callers count term frequencies): folded, split,
 * stop words of both languages dropped (texts mix them), stemmed in the detected language unless
 * `language` is given.
 */
export function analyzeText(text: string | null | undefined, language?: TextLanguage): string[] {
  return stemsOfWords(textWords(text), language);
}

/** A text's words, folded, split and looked up: {@link analyzeText} up to stemming. */
export function textWords(text: string | null | undefined): WordFacts[] {
  const words: WordFacts[] = [];
  for (const word of splitOnNonWord(foldText(text ?? ''))) {
    if (isTopicalWord(word)) words.push(factsOf(word));
  }
  return words;
}

/** {@link analyzeText} from the text's words. */
export function stemsOfWords(words: readonly WordFacts[], language?: TextLanguage): string[] {
  const stemLanguage = language ?? detectedLanguage(words);
  const stems: string[] = [];
  for (const facts of words) {
    if (!facts.stopWord) stems.push(stemOf(facts, stemLanguage));
  }
  return stems;
}

/** {@link analyzeText} keeping each stem's word as typed, for explanations shown to people. */
export function analyzeWords(
  text: string | null | undefined,
  language?: TextLanguage,
): AnalyzedWord[] {
  const { stems, typed } = analyzeTypedText(text, language);
  return stems.map((stem, i) => ({ word: typed[i], stem }));
}

/** The stems of a text and, at the same index, the word typed for each. */
export interface TypedStems {
  stems: string[];
  typed: string[];
}

/** {@link analyzeWords} as two parallel lists: no object per word. */
export function analyzeTypedText(
  text: string | null | undefined,
  language?: TextLanguage,
): TypedStems {
  const typed: string[] = [];
  const words: WordFacts[] = [];
  for (const word of splitOnNonWord(text ?? '')) {
    // Folding may split a word further (compatibility forms), never join two.
    for (const facts of typedWordFacts(word)) {
      typed.push(word);
      words.push(facts);
    }
  }
  const stemLanguage = language ?? detectedLanguage(words);
  const analyzed: TypedStems = { stems: [], typed: [] };
  words.forEach((facts, i) => {
    if (facts.stopWord) return;
    analyzed.stems.push(stemOf(facts, stemLanguage));
    analyzed.typed.push(typed[i]);
  });
  return analyzed;
}

import englishStopWords from 'natural/lib/natural/util/stopwords.js';
import frenchStopWords from 'natural/lib/natural/util/stopwords_fr.js';
import { foldText } from '../../../common/fold-text.js';

/**
 * Grammatical French words natural's list misses and registration text is full of. Content words
 * (« projet », « partenariat » …) stay: TF-IDF weighs them down itself when they are everywhere.
 */
const EXTRA_FRENCH = [
  // Elided forms, left alone once apostrophes are spaces: « jusqu’à », « lorsqu’il ».
  'jusqu',
  'lorsqu',
  'puisqu',
  'quoiqu',
  'quelqu',
  'afin',
  'ainsi',
  'alors',
  'aussi',
  'autre',
  'autres',
  'avant',
  'celle',
  'celles',
  'celui',
  'ceux',
  'chaque',
  'chez',
  'comme',
  'depuis',
  'dont',
  'donc',
  'entre',
  'lors',
  'notamment',
  'peu',
  'plus',
  'moins',
  'pendant',
  'sous',
  'selon',
  'tant',
  'tel',
  'telle',
  'tels',
  'telles',
  'tout',
  'toute',
  'tous',
  'toutes',
  'tres',
  'vers',
  'via',
];

/** English stop words that are French content words, so must survive in any text. */
const FRENCH_CONTENT_WORDS = new Set(['ours']);

// Texts are folded before the lookup, so the lists are too: « où » → « ou », « été » → « ete ».
function foldAll(words: readonly string[]): Set<string> {
  return new Set(words.map(foldText).filter((word) => word.length > 0));
}

export const FRENCH_STOP_WORDS: ReadonlySet<string> = foldAll([
  ...frenchStopWords.words,
  ...EXTRA_FRENCH,
]);

export const ENGLISH_STOP_WORDS: ReadonlySet<string> = foldAll(
  englishStopWords.words.filter((word) => !FRENCH_CONTENT_WORDS.has(word)),
);

/** Dropped from every text whatever its language: registration text mixes both. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  ...FRENCH_STOP_WORDS,
  ...ENGLISH_STOP_WORDS,
]);

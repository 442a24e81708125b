import englishStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import frenchStemmer from 'natural/lib/natural/stemmers/porter_stemmer_fr.js';
import { foldText } from '../../../common/fold-text.js';

export type TextLanguage = 'fr' | 'en';

interface SuffixRule {
  readonly suffix: string;
  readonly replacement: string;
  /** Shortest stem the rewrite may leave: short words are where rewrites collide. */
  readonly minLength: number;
}

/**
 * Porter leaves derivational families apart and, on accent-folded input, misses « -ité » and
 * « -ée »: tourisme→tourism but touristique→tourist, irriguer→irrigu but irrigation→irrig. Folding
 * still comes first, so that « economie » typed without accents meets « économie ». These
 * rewrites, applied in order, each at most once, to either stemmer's output, join such
 * derivational families. Each exists for a family named in its comment; add none without a test.
 */
const DERIVATION_RULES: readonly SuffixRule[] = [
  { suffix: 'eaux', replacement: 'eau', minLength: 3 }, // eaux, réseaux through the English stemmer
  { suffix: 'eux', replacement: 'eu', minLength: 3 }, // feux, jeux, lieux: Porter keeps the x
  { suffix: 'imonial', replacement: 'imoin', minLength: 6 }, // patrimonial → patrimoine
  { suffix: 'icol', replacement: 'icult', minLength: 6 }, // agricole, viticole → -culture
  { suffix: 'ultur', replacement: 'ult', minLength: 6 }, // agriculture → agricult, not culture
  { suffix: 'eur', replacement: '', minLength: 5 }, // agent nouns: randonneur, producteur
  { suffix: 'ism', replacement: 'ist', minLength: 5 }, // tourisme/touriste, alpinisme/alpiniste
  { suffix: 'i', replacement: '', minLength: 5 }, // English -y: economy → economi → econom
  { suffix: 'y', replacement: '', minLength: 5 }, // -y left when the French stemmer reads English
  { suffix: 'e', replacement: '', minLength: 4 }, // « -ée » folded to « -ee »: randonnée, inondée
  { suffix: 'abilit', replacement: 'abl', minLength: 5 }, // durabilité → durable
  { suffix: 'ibilit', replacement: 'ibl', minLength: 5 }, // accessibilité → accessible
  { suffix: 'ilit', replacement: 'il', minLength: 5 }, // mobilité → mobile
  { suffix: 'ivit', replacement: 'iv', minLength: 5 }, // activité → actif/activ
  { suffix: 'alit', replacement: 'al', minLength: 4 }, // qualité, municipalité → municipal
  { suffix: 'icit', replacement: 'ic', minLength: 5 }, // électricité → électrique
  { suffix: 'ersit', replacement: 'ers', minLength: 5 }, // biodiversité → biodivers
  { suffix: 'iqu', replacement: '', minLength: 4 }, // touristiqu: English stemmer on French
  { suffix: 'ic', replacement: '', minLength: 4 }, // economic, touristic → econom, tourist
  { suffix: 'at', replacement: '', minLength: 4 }, // formation → format → form, irrigat → irrig
  { suffix: 'gu', replacement: 'g', minLength: 4 }, // irriguer → irrigu → irrig, naviguer
  { suffix: 'gnard', replacement: 'gn', minLength: 5 }, // montagnard → montagne
];

/**
 * Words Porter conflates with another notion of the domain: « terrasse(s) » with « terre »,
 * « coopérative(s) » (an organisation) with « coopération » (a partnership), « alpinisme » with
 * « alpin » (any Alpine thing), « mountaineering » with « mountain ».
 */
const FIXED_STEMS: ReadonlyMap<string, string> = new Map([
  ['terrasse', 'terrass'],
  ['terrasses', 'terrass'],
  ['cooperative', 'cooperativ'],
  ['cooperatives', 'cooperativ'],
  ['alpinisme', 'alpinist'],
  ['alpiniste', 'alpinist'],
  ['alpinistes', 'alpinist'],
  ['mountaineer', 'mountaineer'],
  ['mountaineers', 'mountaineer'],
  ['mountaineering', 'mountaineer'],
]);

// Words this short are mostly acronyms (SIG, GIS, GIE, AOP) or already bare (eau, ski): kept.
const SHORTEST_STEMMED_LENGTH = 4;

// Folded « -ière » escapes the French stemmer's « -ier » rule, so « forestière » would stay
// « forestier » while « forestier » gives « forest »: read the feminine as the masculine.
const FOLDED_FEMININE_IER = /iere(s?)$/;

const STEMMERS: Record<TextLanguage, { stem(token: string): string }> = {
  fr: frenchStemmer,
  en: englishStemmer,
};

// Only Latin words go through Porter; Arabic, Tifinagh and other scripts are kept whole.
const LATIN_WORD = /^[a-z0-9]+$/;

function applyDerivationRules(stem: string): string {
  let result = stem;
  for (const rule of DERIVATION_RULES) {
    if (!result.endsWith(rule.suffix)) continue;
    const candidate = result.slice(0, result.length - rule.suffix.length) + rule.replacement;
    if (candidate.length >= rule.minLength) result = candidate;
  }
  return result;
}

/** Stem of one word: accent-folded, Porter-stemmed for `language`, then derivationally joined. */
export function stemWord(word: string, language: TextLanguage): string {
  return stemFoldedWord(foldText(word), language);
}

/** {@link stemWord} for a word already passed through `foldText` (the hot path skips refolding). */
export function stemFoldedWord(folded: string, language: TextLanguage): string {
  if (folded.length < SHORTEST_STEMMED_LENGTH || !LATIN_WORD.test(folded)) return folded;
  const fixed = FIXED_STEMS.get(folded);
  if (fixed !== undefined) return fixed;
  const word = folded.replace(FOLDED_FEMININE_IER, 'ier$1');
  return applyDerivationRules(STEMMERS[language].stem(word));
}

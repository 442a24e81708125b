import { ORGANISATION_TYPE_SLUGS } from '../../taxonomy/organisation-types.js';
import type { MatchIndex } from './match-index.js';
import type { MatchOptions } from './match-types.js';
import {
  ACTOR_TABLE,
  answers,
  complementarity,
  conceptAnswer,
  COOPERATION_SCORE,
  INTERPRETER_PENALTY,
  MASSIF_CODES,
  MASSIF_TABLE,
  ScoreParts,
  territory,
} from './score-parts.js';
import { dot, rankedDot, SparseVector, TopSharedTerms } from './sparse/sparse-vector.js';
import { linkOfSharedBits, SharedLink } from './territory/cooperation-links.js';

/** Shared by every pair with nothing in common there (most share no concept). */
const NO_TERMS: readonly number[] = [];

/** Everything about one pair that a score or an explanation needs, computed pairwise. */
export interface PairDetails {
  parts: ScoreParts;
  /** Each part's weighted contribution; they add up to `rawScore`. */
  contributions: ScoreParts;
  rawScore: number;
  score: number;
  needsInterpreter: boolean;
  /** How well the partner's offer answers the viewer's need, and the reverse. */
  answerToViewer: number;
  answerToPartner: number;
  /** Concepts of the viewer's needs found in the partner's offers, and the reverse. */
  conceptsForViewer: readonly number[];
  conceptsForPartner: readonly number[];
  /** The themes both have (see MatchIndex.presentThemeBits), as a bit set over theme codes. */
  sharedThemes: number;
  massifScore: number;
  link: SharedLink | null;
  /** The shared description terms weighing most in the text part: the words a reason names. */
  topTextTerms: TopSharedTerms;
}

/** How many words of similar activities a reason names at most. */
const TEXT_WORDS_NAMED = 3;

/** Details to be filled by pairDetails. */
export function emptyPairDetails(): PairDetails {
  return {
    parts: { complementarity: 0, themes: 0, text: 0, actors: 0, territory: 0 },
    contributions: { complementarity: 0, themes: 0, text: 0, actors: 0, territory: 0 },
    rawScore: 0,
    score: 0,
    needsInterpreter: false,
    answerToViewer: 0,
    answerToPartner: 0,
    conceptsForViewer: NO_TERMS,
    conceptsForPartner: NO_TERMS,
    sharedThemes: 0,
    massifScore: 0,
    link: null,
    topTextTerms: new TopSharedTerms(TEXT_WORDS_NAMED),
  };
}

/**
 * The same arithmetic as the one-against-all scorer, for one pair (tests hold them equal).
 * `into` is overwritten and returned: a full run fills one for each pair it explains in turn,
 * about a million, and a number held by an object is an object of its own, so new details for
 * each pair would be some twenty objects for the collector.
 */
export function pairDetails(
  index: MatchIndex,
  viewer: number,
  partner: number,
  options: MatchOptions,
  into = emptyPairDetails(),
): PairDetails {
  const a = index.features[viewer];
  const b = index.features[partner];
  // The viewer's side first: most name no concept, and the partner's vectors need not be read.
  const conceptsForViewer = intersect(a.needConcepts, b.offerConcepts);
  const conceptsForPartner = intersect(a.offerConcepts, b.needConcepts);
  const answerToViewer = answers(
    dot(a.needs, b.offers),
    conceptAnswer(conceptsForViewer.length, index.needConceptCount[viewer]),
  );
  const answerToPartner = answers(
    dot(a.offers, b.needs),
    conceptAnswer(conceptsForPartner.length, index.needConceptCount[partner]),
  );
  const { presentThemeBits, declaredThemeBits, themeIdf } = index;
  const sharedThemes = presentThemeBits[viewer] & presentThemeBits[partner];
  const shared =
    0.5 * idfSum(sharedThemes, themeIdf) +
    // Declared themes weigh their IDF: the same sum as of their vectors' weights.
    0.5 * idfSum(declaredThemeBits[viewer] & declaredThemeBits[partner], themeIdf);
  const union = a.themeMass + b.themeMass - shared;
  const massifScore =
    MASSIF_TABLE[(index.massif[viewer] + 1) * MASSIF_CODES + index.massif[partner] + 1];
  // A link needs two sides (two countries); the columns hold each profile's link bits.
  const { places, regions } = index;
  const link =
    index.country[viewer] !== index.country[partner]
      ? linkOfSharedBits(
          places[2 * viewer] & places[2 * partner],
          places[2 * viewer + 1] & places[2 * partner + 1],
          regions[2 * viewer] & regions[2 * partner],
          regions[2 * viewer + 1] & regions[2 * partner + 1],
        )
      : null;
  const typeA = index.organisationType[viewer];
  const typeB = index.organisationType[partner];

  const { parts, contributions } = into;
  parts.complementarity = complementarity(answerToViewer, answerToPartner);
  parts.themes = union > 0 ? shared / union : 0;
  parts.text = Math.min(1, rankedDot(a.description, b.description, into.topTextTerms));
  parts.actors =
    typeA >= 0 && typeB >= 0 ? ACTOR_TABLE[typeA * ORGANISATION_TYPE_SLUGS.length + typeB] : 0;
  parts.territory = territory(massifScore, link ? COOPERATION_SCORE[link.level] : 0);
  const { weights } = options;
  const total =
    weights.complementarity + weights.themes + weights.text + weights.actors + weights.territory;
  contributions.complementarity = (weights.complementarity * parts.complementarity) / total;
  contributions.themes = (weights.themes * parts.themes) / total;
  contributions.text = (weights.text * parts.text) / total;
  contributions.actors = (weights.actors * parts.actors) / total;
  contributions.territory = (weights.territory * parts.territory) / total;
  const rawScore =
    contributions.complementarity +
    contributions.themes +
    contributions.text +
    contributions.actors +
    contributions.territory;
  const languagesA = index.languages[viewer];
  const languagesB = index.languages[partner];
  const needsInterpreter = languagesA !== 0 && languagesB !== 0 && (languagesA & languagesB) === 0;
  into.rawScore = rawScore;
  into.score = needsInterpreter ? rawScore * INTERPRETER_PENALTY : rawScore;
  into.needsInterpreter = needsInterpreter;
  into.answerToViewer = answerToViewer;
  into.answerToPartner = answerToPartner;
  into.conceptsForViewer = conceptsForViewer;
  into.conceptsForPartner = conceptsForPartner;
  into.sharedThemes = sharedThemes;
  into.massifScore = massifScore;
  into.link = link;
  return into;
}

/** The terms two vectors share, in increasing order; `b` is not read when `a` is empty. */
function intersect(a: SparseVector, b: SparseVector): readonly number[] {
  const termsA = a.terms;
  if (termsA.length === 0) return NO_TERMS;
  const termsB = b.terms;
  let shared: number[] | null = null;
  let i = 0;
  let j = 0;
  while (i < termsA.length && j < termsB.length) {
    const termA = termsA[i];
    const termB = termsB[j];
    if (termA === termB) {
      (shared ??= []).push(termA);
      i += 1;
      j += 1;
    } else if (termA < termB) i += 1;
    else j += 1;
  }
  return shared ?? NO_TERMS;
}

/** The sum of `idf` over the codes of a bit set, lowest first: as over sorted terms. */
function idfSum(codes: number, idf: Float64Array): number {
  let sum = 0;
  // The lowest bit set, as a code: 31 minus the zeros before it.
  for (let rest = codes; rest !== 0; rest &= rest - 1) sum += idf[31 - Math.clz32(rest & -rest)];
  return sum;
}

import { ENCOURAGED_PAIRING } from '../../taxonomy/actor-pairings.js';
import { THEME_SLUGS } from '../../taxonomy/themes.js';
import type { Clause, MatchIndex } from './match-index.js';
import type { MatchReason, ReasonFacts } from './match-types.js';
import type { PairDetails } from './pair-details.js';
import { COOPERATION_SCORE } from './score-parts.js';
import type { SparseVector } from './sparse/sparse-vector.js';

const MAX_REASONS = 4;
/** A part below this share of the score is not worth a sentence. */
const MIN_SHARE = 0.08;
/** Below this, an offer only shares a word or two with a need: no claim that it answers it. */
const MIN_ANSWER = 0.25;

interface Candidate {
  facts: ReasonFacts;
  contribution: number;
}

/**
 * Why `partner` is suggested to `viewer`: one to four facts naming the concrete thing shared
 * (an offer and the need it answers, common themes, comparable massifs, an existing
 * cooperation…), each with its share of the score. `viewerWords` maps the viewer's stems to
 * the words they typed. Sentences are rendered from the facts in the reader's language.
 */
export function explainMatch(
  index: MatchIndex,
  viewer: number,
  partner: number,
  details: PairDetails,
  viewerWords: ReadonlyMap<string, string>,
): MatchReason[] {
  const candidates: Candidate[] = [];
  const push = (facts: ReasonFacts | null, contribution: number) => {
    if (facts) candidates.push({ facts, contribution });
  };
  push(complementarity(index, viewer, partner, details), details.contributions.complementarity);
  push(themes(details), details.contributions.themes);
  push(text(index, viewer, partner, viewerWords), details.contributions.text);
  push(actors(index, viewer, partner, details), details.contributions.actors);
  addTerritory(index, viewer, partner, details, candidates);

  const total = details.rawScore;
  candidates.sort((x, y) => y.contribution - x.contribution || byKind(x.facts.kind, y.facts.kind));
  const room = details.needsInterpreter ? MAX_REASONS - 1 : MAX_REASONS;
  const reasons: MatchReason[] = [];
  for (const { facts, contribution } of candidates) {
    const share = total > 0 ? contribution / total : 0;
    // The best reason always stands, even when small; the others must weigh something.
    if (reasons.length >= room || (reasons.length > 0 && share < MIN_SHARE)) break;
    reasons.push({ ...facts, share: Math.round(share * 1000) / 1000 });
  }
  if (details.needsInterpreter) reasons.push({ kind: 'language', share: 0 });
  return reasons;
}

function complementarity(
  index: MatchIndex,
  viewer: number,
  partner: number,
  details: PairDetails,
): ReasonFacts | null {
  const a = index.features[viewer];
  const b = index.features[partner];
  const concepts = details.conceptsForViewer.length + details.conceptsForPartner.length;
  if (!concepts && Math.max(details.answerToViewer, details.answerToPartner) < MIN_ANSWER)
    return null;
  if (
    details.answerToViewer >= details.answerToPartner &&
    b.offerClauses.length &&
    a.needClauses.length
  ) {
    return {
      kind: 'complementarity',
      direction: 'partner-answers-viewer',
      offer: quote(b.offerClauses, details.conceptsForViewer),
      need: quote(a.needClauses, details.conceptsForViewer),
    };
  }
  if (a.offerClauses.length && b.needClauses.length) {
    return {
      kind: 'complementarity',
      direction: 'viewer-answers-partner',
      offer: quote(a.offerClauses, details.conceptsForPartner),
      need: quote(b.needClauses, details.conceptsForPartner),
    };
  }
  return null;
}

function themes(details: PairDetails): ReasonFacts | null {
  if (!details.sharedThemes.length) return null;
  return {
    kind: 'themes',
    themes: details.sharedThemes.slice(0, 3).map((code) => THEME_SLUGS[code]),
  };
}

function text(
  index: MatchIndex,
  viewer: number,
  partner: number,
  viewerWords: ReadonlyMap<string, string>,
): ReasonFacts | null {
  const words: string[] = [];
  for (const term of topSharedTerms(
    index.features[viewer].description,
    index.features[partner].description,
    3,
  )) {
    const word = viewerWords.get(index.words.term(term));
    if (word) words.push(word);
  }
  return words.length ? { kind: 'text', words } : null;
}

/** `details.parts.actors` is the pairing's value (0 for an unknown type), read from a table. */
function actors(
  index: MatchIndex,
  viewer: number,
  partner: number,
  details: PairDetails,
): ReasonFacts | null {
  if (details.parts.actors < ENCOURAGED_PAIRING) return null;
  const a = index.features[viewer].profile.organisationType;
  const b = index.features[partner].profile.organisationType;
  return { kind: 'actors', types: [a, b] };
}

/** The territory part splits between comparable ranges and an existing cooperation link. */
function addTerritory(
  index: MatchIndex,
  viewer: number,
  partner: number,
  details: PairDetails,
  candidates: Candidate[],
): void {
  const massifWeight = 0.6 * details.massifScore;
  const cooperationWeight = details.link ? COOPERATION_SCORE[details.link.level] : 0;
  const share = (weight: number) =>
    (details.contributions.territory * weight) / (massifWeight + cooperationWeight);
  if (massifWeight > 0) {
    const a = index.features[viewer].profile.massif!;
    const b = index.features[partner].profile.massif!;
    candidates.push({
      facts: { kind: 'territory', massifs: [a, b] },
      contribution: share(massifWeight),
    });
  }
  if (details.link) {
    const { link, level } = details.link;
    candidates.push({
      facts: {
        kind: 'cooperation',
        level,
        fr: link.fr,
        ma: link.ma,
        frRegion: link.frRegion,
        maRegion: link.maRegion,
      },
      contribution: share(cooperationWeight),
    });
  }
}

/** The clause that names a shared concept, else the first clause. */
function quote(clauses: Clause[], sharedConcepts: number[]): string {
  for (const clause of clauses) {
    for (const concept of clause.concepts)
      if (sharedConcepts.includes(concept)) return clause.quote;
  }
  return clauses[0].quote;
}

/** Kinds are lower-case ASCII: code-point order is alphabetical, with no locale to consult. */
function byKind(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The `count` shared terms with the largest products of weights, largest first, ties by term:
 * kept by insertion into a short list, as vectors share only a handful of terms.
 */
function topSharedTerms(a: SparseVector, b: SparseVector, count: number): number[] {
  const terms: number[] = [];
  const products: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const term = a.terms[i];
    if (term === b.terms[j]) {
      insertRanked(terms, products, term, a.weights[i] * b.weights[j], count);
      i += 1;
      j += 1;
    } else if (term < b.terms[j]) i += 1;
    else j += 1;
  }
  return terms;
}

/** Terms arrive in increasing order, so a new term goes after the ones with an equal product. */
function insertRanked(
  terms: number[],
  products: number[],
  term: number,
  product: number,
  count: number,
): void {
  let at = terms.length;
  while (at > 0 && products[at - 1] < product) at -= 1;
  if (at >= count) return;
  terms.splice(at, 0, term);
  products.splice(at, 0, product);
  if (terms.length > count) {
    terms.pop();
    products.pop();
  }
}

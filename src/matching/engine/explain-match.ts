import { ENCOURAGED_PAIRING } from '../../taxonomy/actor-pairings.js';
import { THEME_SLUGS } from '../../taxonomy/themes.js';
import type { Clause, MatchIndex } from './match-index.js';
import type { MatchReason } from './match-types.js';
import type { PairDetails } from './pair-details.js';
import { COOPERATION_SCORE } from './score-parts.js';
import type { SparseVector } from './sparse/sparse-vector.js';

const MAX_REASONS = 4;
/** A part below this share of the score is not worth a sentence. */
const MIN_SHARE = 0.08;
/** Below this, an offer only shares a word or two with a need: no claim that it answers it. */
const MIN_ANSWER = 0.25;

/** A reason that may be given; its `share` is filled in once it is chosen. */
interface Candidate {
  reason: MatchReason;
  contribution: number;
}

/**
 * Why `partner` is suggested to `viewer`: one to four facts naming the concrete thing shared
 * (an offer and the need it answers, common themes, comparable massifs, an existing
 * cooperation…), each with its share of the score. Sentences are rendered from the facts in
 * the reader's language.
 */
export function explainMatch(
  index: MatchIndex,
  viewer: number,
  partner: number,
  details: PairDetails,
): MatchReason[] {
  const candidates: Candidate[] = [];
  const { contributions } = details;
  consider(
    candidates,
    complementarity(index, viewer, partner, details),
    contributions.complementarity,
  );
  consider(candidates, themes(details), contributions.themes);
  consider(candidates, text(index, viewer, partner), contributions.text);
  consider(candidates, actors(index, viewer, partner, details), contributions.actors);
  addTerritory(index, viewer, partner, details, candidates);

  const total = details.rawScore;
  sortByContribution(candidates);
  const room = details.needsInterpreter ? MAX_REASONS - 1 : MAX_REASONS;
  const reasons: MatchReason[] = [];
  for (const { reason, contribution } of candidates) {
    const share = total > 0 ? contribution / total : 0;
    // The best reason always stands, even when small; the others must weigh something.
    if (reasons.length >= room || (reasons.length > 0 && share < MIN_SHARE)) break;
    reason.share = Math.round(share * 1000) / 1000;
    reasons.push(reason);
  }
  if (details.needsInterpreter) reasons.push({ kind: 'language', share: 0 });
  return exactCopy(reasons);
}

/**
 * Reasons are built whole with a `share` of 0, filled in when chosen (last key, as the JSON has
 * always had it), rather than copied with their share: one object per reason, laid out once.
 */
function consider(candidates: Candidate[], reason: MatchReason | null, contribution: number): void {
  if (reason) candidates.push({ reason, contribution });
}

function complementarity(
  index: MatchIndex,
  viewer: number,
  partner: number,
  details: PairDetails,
): MatchReason | null {
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
      share: 0,
    };
  }
  if (a.offerClauses.length && b.needClauses.length) {
    return {
      kind: 'complementarity',
      direction: 'viewer-answers-partner',
      offer: quote(a.offerClauses, details.conceptsForPartner),
      need: quote(b.needClauses, details.conceptsForPartner),
      share: 0,
    };
  }
  return null;
}

function themes(details: PairDetails): MatchReason | null {
  if (!details.sharedThemes.length) return null;
  return {
    kind: 'themes',
    themes: details.sharedThemes.slice(0, 3).map((code) => THEME_SLUGS[code]),
    share: 0,
  };
}

/** The words the viewer typed for the description terms weighing most in the pair's overlap. */
function text(index: MatchIndex, viewer: number, partner: number): MatchReason | null {
  const a = index.features[viewer];
  const words: string[] = [];
  for (const at of topSharedTerms(a.description, index.features[partner].description, 3)) {
    const word = a.descriptionWords[at];
    if (word) words.push(word);
  }
  return words.length ? { kind: 'text', words: exactCopy(words), share: 0 } : null;
}

/** `details.parts.actors` is the pairing's value (0 for an unknown type), read from a table. */
function actors(
  index: MatchIndex,
  viewer: number,
  partner: number,
  details: PairDetails,
): MatchReason | null {
  if (details.parts.actors < ENCOURAGED_PAIRING) return null;
  const a = index.features[viewer].profile.organisationType;
  const b = index.features[partner].profile.organisationType;
  return { kind: 'actors', types: [a, b], share: 0 };
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
      reason: { kind: 'territory', massifs: [a, b], share: 0 },
      contribution: share(massifWeight),
    });
  }
  if (details.link) {
    const { link, level } = details.link;
    candidates.push({
      reason: {
        kind: 'cooperation',
        level,
        fr: link.fr,
        ma: link.ma,
        frRegion: link.frRegion,
        maRegion: link.maRegion,
        share: 0,
      },
      contribution: share(cooperationWeight),
    });
  }
}

/**
 * An array grown by push keeps room for 17 entries; its exact-size copy is what a run keeps
 * (about a million lists of reasons at 20,000 participants), for the collector to move and mark.
 */
function exactCopy<T>(values: T[]): T[] {
  return values.slice();
}

/** The clause that names a shared concept, else the first clause. */
function quote(clauses: Clause[], sharedConcepts: number[]): string {
  for (const clause of clauses) {
    for (const concept of clause.concepts)
      if (sharedConcepts.includes(concept)) return clause.quote;
  }
  return clauses[0].quote;
}

/**
 * Largest contribution first; equal ones by kind. At most six entries, so an insertion sort:
 * Array.prototype.sort would allocate a work array for every pair shown.
 */
function sortByContribution(candidates: Candidate[]): void {
  for (let i = 1; i < candidates.length; i += 1) {
    const held = candidates[i];
    let at = i;
    for (; at > 0 && ranksBefore(held, candidates[at - 1]); at -= 1)
      candidates[at] = candidates[at - 1];
    candidates[at] = held;
  }
}

/** Kinds are lower-case ASCII: code-point order is alphabetical, with no locale to consult. */
function ranksBefore(x: Candidate, y: Candidate): boolean {
  return (
    x.contribution > y.contribution ||
    (x.contribution === y.contribution && x.reason.kind < y.reason.kind)
  );
}

/**
 * Where in `a` the `count` shared terms with the largest products of weights are, largest first,
 * ties by term: kept by insertion into a short list, as vectors share only a handful of terms.
 */
function topSharedTerms(a: SparseVector, b: SparseVector, count: number): number[] {
  const positions: number[] = [];
  const products: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const term = a.terms[i];
    if (term === b.terms[j]) {
      insertRanked(positions, products, i, a.weights[i] * b.weights[j], count);
      i += 1;
      j += 1;
    } else if (term < b.terms[j]) i += 1;
    else j += 1;
  }
  return positions;
}

/**
 * Positions arrive in increasing order (of terms), so a new one goes after the ones with an
 * equal product.
 */
function insertRanked(
  positions: number[],
  products: number[],
  position: number,
  product: number,
  count: number,
): void {
  let at = positions.length;
  while (at > 0 && products[at - 1] < product) at -= 1;
  if (at >= count) return;
  // Shift the lower entries down one place (the last falls off once the list is full).
  for (let moved = Math.min(positions.length, count - 1); moved > at; moved -= 1) {
    positions[moved] = positions[moved - 1];
    products[moved] = products[moved - 1];
  }
  positions[at] = position;
  products[at] = product;
}

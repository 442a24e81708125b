import { ENCOURAGED_PAIRING } from '../../taxonomy/actor-pairings.js';
import { THEME_SLUGS } from '../../taxonomy/themes.js';
import type { Clause, MatchIndex, ProfileFeatures } from './match-index.js';
import type { MatchReason, ReasonKind } from './match-types.js';
import type { PairDetails } from './pair-details.js';
import { COOPERATION_SCORE } from './score-parts.js';

const MAX_REASONS = 4;
/** A part below this share of the score is not worth a sentence. */
const MIN_SHARE = 0.08;
/** Below this, an offer only shares a word or two with a need: no claim that it answers it. */
const MIN_ANSWER = 0.25;
/** How many common themes a reason names at most. */
const THEMES_NAMED = 3;

/** A reason that may be given for a pair: every kind but the interpreter notice. */
type CandidateKind = Exclude<ReasonKind, 'language'>;
type Direction = 'partner-answers-viewer' | 'viewer-answers-partner';

/**
 * The reasons that may be given for one pair, as kinds and contributions: they are ranked
 * first, and only the few given are built. One instance serves every pair in turn (an
 * explanation runs to completion before the next starts), so ranking allocates nothing.
 */
class Candidates {
  readonly kinds: CandidateKind[] = [];
  readonly contributions: number[] = [];
  count = 0;

  clear(): this {
    this.count = 0;
    return this;
  }

  add(kind: CandidateKind, contribution: number): void {
    this.kinds[this.count] = kind;
    this.contributions[this.count] = contribution;
    this.count += 1;
  }

  /**
   * Largest contribution first; equal ones by kind. At most six entries, so an insertion sort:
   * Array.prototype.sort would allocate a work array for every pair shown.
   */
  sortByContribution(): void {
    const { kinds, contributions } = this;
    for (let i = 1; i < this.count; i += 1) {
      const heldKind = kinds[i];
      const heldContribution = contributions[i];
      let at = i;
      for (
        ;
        at > 0 && ranksBefore(heldContribution, heldKind, contributions[at - 1], kinds[at - 1]);
        at -= 1
      ) {
        kinds[at] = kinds[at - 1];
        contributions[at] = contributions[at - 1];
      }
      kinds[at] = heldKind;
      contributions[at] = heldContribution;
    }
  }
}

const candidates = new Candidates();

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
  const a = index.features[viewer];
  const b = index.features[partner];
  considerReasons(a, b, details, candidates.clear());
  candidates.sortByContribution();

  const total = details.rawScore;
  const room = details.needsInterpreter ? MAX_REASONS - 1 : MAX_REASONS;
  let given = 0;
  // The best reason always stands, even when small; the others must weigh something.
  for (; given < candidates.count && given < room; given += 1) {
    if (given > 0 && shareOf(candidates.contributions[given], total) < MIN_SHARE) break;
  }
  // Exact size: a run keeps about a million lists of reasons at 20,000 participants, and an
  // array grown by push would keep room for 17 entries in each.
  const reasons = new Array<MatchReason>(details.needsInterpreter ? given + 1 : given);
  for (let i = 0; i < given; i += 1) {
    const share = Math.round(shareOf(candidates.contributions[i], total) * 1000) / 1000;
    reasons[i] = reasonOf(candidates.kinds[i], share, a, b, details);
  }
  if (details.needsInterpreter) reasons[given] = { kind: 'language', share: 0 };
  return reasons;
}

function shareOf(contribution: number, total: number): number {
  return total > 0 ? contribution / total : 0;
}

/** Every reason that can be given for the pair, with its contribution, in kind order. */
function considerReasons(
  a: ProfileFeatures,
  b: ProfileFeatures,
  details: PairDetails,
  into: Candidates,
): void {
  const { contributions } = details;
  if (complementarityDirection(a, b, details))
    into.add('complementarity', contributions.complementarity);
  if (details.sharedThemes) into.add('themes', contributions.themes);
  if (hasSharedWords(a, details)) into.add('text', contributions.text);
  if (details.parts.actors >= ENCOURAGED_PAIRING) into.add('actors', contributions.actors);
  // The territory part splits between comparable ranges and an existing cooperation link.
  const massifWeight = 0.6 * details.massifScore;
  const cooperationWeight = details.link ? COOPERATION_SCORE[details.link.level] : 0;
  const territoryWeight = massifWeight + cooperationWeight;
  if (massifWeight > 0)
    into.add('territory', (contributions.territory * massifWeight) / territoryWeight);
  if (details.link)
    into.add('cooperation', (contributions.territory * cooperationWeight) / territoryWeight);
}

/**
 * The reason of one kind, with its share as the last key (as the JSON has always had it). Only
 * the reasons given are built.
 */
function reasonOf(
  kind: CandidateKind,
  share: number,
  a: ProfileFeatures,
  b: ProfileFeatures,
  details: PairDetails,
): MatchReason {
  switch (kind) {
    case 'complementarity':
      return complementarity(a, b, details, share);
    case 'themes':
      return { kind, themes: themeSlugs(details.sharedThemes), share };
    case 'text':
      return { kind, words: sharedWords(a, details), share };
    case 'actors':
      return { kind, types: [a.profile.organisationType, b.profile.organisationType], share };
    case 'territory':
      return { kind, massifs: [a.profile.massif!, b.profile.massif!], share };
    case 'cooperation': {
      const { link, level } = details.link!;
      return {
        kind,
        level,
        fr: link.fr,
        ma: link.ma,
        frRegion: link.frRegion,
        maRegion: link.maRegion,
        share,
      };
    }
  }
}

/** Whose offer answers whose need, when one does and both sides wrote theirs; else null. */
function complementarityDirection(
  a: ProfileFeatures,
  b: ProfileFeatures,
  details: PairDetails,
): Direction | null {
  const concepts = details.conceptsForViewer.length + details.conceptsForPartner.length;
  if (!concepts && Math.max(details.answerToViewer, details.answerToPartner) < MIN_ANSWER)
    return null;
  if (
    details.answerToViewer >= details.answerToPartner &&
    b.offerClauses.length &&
    a.needClauses.length
  )
    return 'partner-answers-viewer';
  if (a.offerClauses.length && b.needClauses.length) return 'viewer-answers-partner';
  return null;
}

function complementarity(
  a: ProfileFeatures,
  b: ProfileFeatures,
  details: PairDetails,
  share: number,
): MatchReason {
  return complementarityDirection(a, b, details) === 'partner-answers-viewer'
    ? {
        kind: 'complementarity',
        direction: 'partner-answers-viewer',
        offer: quote(b.offerClauses, details.conceptsForViewer),
        need: quote(a.needClauses, details.conceptsForViewer),
        share,
      }
    : {
        kind: 'complementarity',
        direction: 'viewer-answers-partner',
        offer: quote(a.offerClauses, details.conceptsForPartner),
        need: quote(b.needClauses, details.conceptsForPartner),
        share,
      };
}

/** The slugs of the first common themes (lowest codes first). */
function themeSlugs(codes: number): string[] {
  const slugs = new Array<string>(Math.min(THEMES_NAMED, bitCount(codes)));
  let rest = codes;
  for (let i = 0; i < slugs.length; i += 1, rest &= rest - 1)
    slugs[i] = THEME_SLUGS[31 - Math.clz32(rest & -rest)];
  return slugs;
}

function bitCount(bits: number): number {
  let count = 0;
  for (let rest = bits; rest !== 0; rest &= rest - 1) count += 1;
  return count;
}

/** Whether the viewer typed a word for one of the terms weighing most in the text part. */
function hasSharedWords(a: ProfileFeatures, details: PairDetails): boolean {
  const { positions, count } = details.topTextTerms;
  for (let i = 0; i < count; i += 1) if (a.descriptionWords[positions[i]]) return true;
  return false;
}

/** The viewer's words for those terms. */
function sharedWords(a: ProfileFeatures, details: PairDetails): string[] {
  const { positions, count } = details.topTextTerms;
  let typed = 0;
  for (let i = 0; i < count; i += 1) if (a.descriptionWords[positions[i]]) typed += 1;
  const words = new Array<string>(typed);
  typed = 0;
  for (let i = 0; i < count; i += 1) {
    const word = a.descriptionWords[positions[i]];
    if (word) words[typed++] = word;
  }
  return words;
}

/**
 * The clause that names a shared concept, else the first clause. Most pairs share no concept:
 * then the clauses' concepts are not read.
 */
function quote(clauses: Clause[], sharedConcepts: readonly number[]): string {
  if (sharedConcepts.length === 0) return clauses[0].quote;
  for (const clause of clauses) {
    for (const concept of clause.concepts)
      if (sharedConcepts.includes(concept)) return clause.quote;
  }
  return clauses[0].quote;
}

/** Kinds are lower-case ASCII: code-point order is alphabetical, with no locale to consult. */
function ranksBefore(
  contribution: number,
  kind: CandidateKind,
  otherContribution: number,
  otherKind: CandidateKind,
): boolean {
  return (
    contribution > otherContribution || (contribution === otherContribution && kind < otherKind)
  );
}

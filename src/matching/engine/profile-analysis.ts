import { foldsUnitByUnit } from '../../common/fold-text.js';
import { ConceptHit, thesaurusHitsInStems } from '../../taxonomy/thesaurus/find-concepts.js';
import type { MatchProfile } from './match-types.js';
import { clausePieces, descriptionText, isClause } from './profile-text.js';
import { lowerFirst } from './render-reason.js';
import { linkMembership, LinkMembership } from './territory/cooperation-links.js';
import { analyzeText, analyzeTypedText, stemsOfWords, textWords } from './text/analyze-text.js';

/** A clause of an offer or a need, with the concepts it names (quoted in reasons). */
export interface AnalysedClause {
  /** The clause as quoted inside a sentence: lower-case first letter, at most 90 characters. */
  quote: string;
  concepts: string[];
}

/**
 * Everything about one profile that does not depend on the others: stems, concepts, links.
 * It is the costly part of indexing, and it changes only when the profile does, so a worker
 * keeps it between incremental updates.
 */
export interface ProfileAnalysis {
  description: string[];
  /** Each stem of the description with the word first typed for it: shown in reasons. */
  descriptionWords: ReadonlyMap<string, string>;
  offers: string[];
  needs: string[];
  offerClauses: AnalysedClause[];
  needClauses: AnalysedClause[];
  offerConcepts: string[];
  needConcepts: string[];
  /** Themes the free text speaks of, declared or not. */
  textThemes: string[];
  membership: LinkMembership;
}

export function analyseProfile(profile: MatchProfile): ProfileAnalysis {
  const { stems: offers, clauses: offerClauses } = analyseFreeText(profile.offers);
  const { stems: needs, clauses: needClauses } = analyseFreeText(profile.needs);
  const { stems: description, typed } = analyzeTypedText(descriptionText(profile));
  const descriptionWords = new Map<string, string>();
  description.forEach((stem, i) => {
    if (!descriptionWords.has(stem)) descriptionWords.set(stem, typed[i]);
  });
  // Concepts are found in the stems already computed: each text is analysed once.
  const offerHits = thesaurusHitsInStems(offers);
  const needHits = thesaurusHitsInStems(needs);
  const descriptionHits = thesaurusHitsInStems(description);
  return {
    description,
    descriptionWords,
    offers,
    needs,
    offerClauses,
    needClauses,
    // A concept may straddle two clauses ("crues, inondations"): look in the whole text too.
    offerConcepts: conceptsNamed(offerClauses, offerHits),
    needConcepts: conceptsNamed(needClauses, needHits),
    textThemes: unique([offerHits, needHits, descriptionHits].flat().map((hit) => hit.theme)),
    membership: linkMembership({
      country: profile.country,
      region: profile.region,
      text: profile.organisation,
    }),
  };
}

/** Offers or needs: the stems of the whole text, and its clauses with the concepts each names. */
function analyseFreeText(text: string | null): { stems: string[]; clauses: AnalysedClause[] } {
  const pieces = clausePieces(text);
  const words = pieces.map(textWords);
  const clauses: AnalysedClause[] = [];
  pieces.forEach((piece, i) => {
    if (!isClause(piece)) return;
    const concepts = thesaurusHitsInStems(stemsOfWords(words[i])).map(idOf);
    clauses.push({ quote: quoteOf(piece), concepts });
  });
  // Folded unit by unit, the text's words are its pieces' words end to end: no second folding.
  const stems = text && foldsUnitByUnit(text) ? stemsOfWords(words.flat()) : analyzeText(text);
  return { stems, clauses };
}

const QUOTE_LENGTH = 90;
// Whitespace other than single spaces. Most clauses have none: replacing would visit every space.
const IRREGULAR_SPACING = /[^\S ]|\s\s/;

function quoteOf(clause: string): string {
  const spaced = IRREGULAR_SPACING.test(clause) ? clause.replace(/\s+/g, ' ') : clause;
  const text = lowerFirst(spaced.trim());
  if (text.length <= QUOTE_LENGTH) return text;
  const at = text.lastIndexOf(' ', QUOTE_LENGTH - 1);
  return `${text.slice(0, at > QUOTE_LENGTH / 2 ? at : QUOTE_LENGTH - 1)}…`;
}

function idOf(hit: Readonly<ConceptHit>): string {
  return hit.conceptId;
}

/** The concepts of a text's clauses, then those found in the whole text, each once. */
function conceptsNamed(
  clauses: readonly AnalysedClause[],
  hits: readonly Readonly<ConceptHit>[],
): string[] {
  const concepts: string[] = [];
  for (const clause of clauses) concepts.push(...clause.concepts);
  for (const hit of hits) concepts.push(hit.conceptId);
  return unique(concepts);
}

/** Each value once, in order of first appearance (lists of a few concepts: no set needed). */
function unique(values: readonly string[]): string[] {
  return values.filter((value, i) => values.indexOf(value) === i);
}

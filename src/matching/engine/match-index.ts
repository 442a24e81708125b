import { LANGUAGE_CODES } from '../../taxonomy/languages.js';
import { MASSIF_SLUGS } from '../../taxonomy/massifs.js';
import { ORGANISATION_TYPE_SLUGS } from '../../taxonomy/organisation-types.js';
import { ConceptHit, findConcepts } from '../../taxonomy/thesaurus/find-concepts.js';
import { THEME_SLUGS } from '../../taxonomy/themes.js';
import type { MatchProfile } from './match-types.js';
import { allText, descriptionText, splitClauses } from './profile-text.js';
import { buildPostings, Postings } from './sparse/postings.js';
import { EMPTY_VECTOR, SparseVector, termCounts, tfIdfVector } from './sparse/sparse-vector.js';
import { Vocabulary } from './sparse/vocabulary.js';
import { linkMembership, LinkMembership } from './territory/cooperation-links.js';
import { analyzeText } from './text/analyze-text.js';

/** What the scorer needs of one participant, computed once per index. */
export interface ProfileFeatures {
  profile: MatchProfile;
  description: SparseVector;
  offers: SparseVector;
  needs: SparseVector;
  /** Concept ids (as vocabulary ids) named in offers / needs, sorted. */
  offerConcepts: SparseVector;
  needConcepts: SparseVector;
  /**
   * Themes, each weighted by its rarity: all themes (declared or found in the text), and the
   * declared ones. A theme found only in the text counts half in the overlap.
   */
  themesPresent: SparseVector;
  themesDeclared: SparseVector;
  themeMass: number;
  membership: LinkMembership;
  /** Offers and needs cut into clauses, with the concepts each names: quoted in reasons. */
  offerClauses: Clause[];
  needClauses: Clause[];
}

export interface Clause {
  text: string;
  concepts: number[];
}

/**
 * Everything computed once for a set of profiles: vocabularies, TF-IDF vectors and, for each
 * field, the postings that score one participant against all others in one sparse pass.
 * Only participants who consent to matching are indexed: the others are never suggested.
 */
export interface MatchIndex {
  features: ProfileFeatures[];
  positionOf: Map<string, number>;
  words: Vocabulary;
  concepts: Vocabulary;
  conceptLabels: Map<number, { fr: string; en: string }>;
  descriptionPostings: Postings;
  offerPostings: Postings;
  needPostings: Postings;
  offerConceptPostings: Postings;
  needConceptPostings: Postings;
  themePresentPostings: Postings;
  themeDeclaredPostings: Postings;
  themeIdf: Float64Array;
  /** Column arrays for the hot loop, one entry per indexed participant. */
  country: Int32Array;
  organisationType: Int32Array;
  massif: Int32Array;
  languages: Int32Array;
  needConceptCount: Int32Array;
  places: Int32Array;
  regions: Int32Array;
}

export function buildMatchIndex(profiles: readonly MatchProfile[]): MatchIndex {
  const indexed = profiles
    .filter((profile) => profile.consentMatching)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const words = new Vocabulary();
  const concepts = new Vocabulary();

  const conceptLabels = new Map<number, { fr: string; en: string }>();
  const conceptIds = (hits: ConceptHit[]) =>
    hits.map((hit) => {
      const id = concepts.idOf(hit.conceptId);
      conceptLabels.set(id, hit.label);
      return id;
    });
  const clausesOf = (text: string | null): Clause[] =>
    splitClauses(text).map((clause) => ({
      text: clause,
      concepts: conceptIds(findConcepts(clause)),
    }));

  const analysed = indexed.map((profile) => {
    const offerClauses = clausesOf(profile.offers);
    const needClauses = clausesOf(profile.needs);
    return {
      description: analyzeText(descriptionText(profile)).map((stem) => words.idOf(stem)),
      offers: analyzeText(profile.offers).map((stem) => words.idOf(stem)),
      needs: analyzeText(profile.needs).map((stem) => words.idOf(stem)),
      offerClauses,
      needClauses,
      // Concepts may span two clauses ("crues, inondations"): look in the whole text too.
      offerConcepts: [
        ...offerClauses.flatMap((c) => c.concepts),
        ...conceptIds(findConcepts(profile.offers)),
      ],
      needConcepts: [
        ...needClauses.flatMap((c) => c.concepts),
        ...conceptIds(findConcepts(profile.needs)),
      ],
      textThemes: findConcepts(allText(profile)).map((hit) => hit.theme),
    };
  });

  const wordIdf = inverseDocumentFrequency(
    analysed.map((a) => new Set([...a.description, ...a.offers, ...a.needs])),
    words.size,
  );
  const declaredThemes = indexed.map((profile) => themeCodes(profile.themes));
  const presentThemes = indexed.map(
    (_, i) => new Set([...declaredThemes[i], ...themeCodes(analysed[i].textThemes)]),
  );
  const themeIdf = inverseDocumentFrequency(presentThemes, THEME_SLUGS.length);

  const features = indexed.map((profile, i): ProfileFeatures => {
    const a = analysed[i];
    const themesPresent = idfVector(presentThemes[i], themeIdf);
    const themesDeclared = idfVector(declaredThemes[i], themeIdf);
    return {
      profile,
      description: tfIdfVector(termCounts(a.description), wordIdf),
      offers: tfIdfVector(termCounts(a.offers), wordIdf),
      needs: tfIdfVector(termCounts(a.needs), wordIdf),
      offerConcepts: conceptSet(a.offerConcepts),
      needConcepts: conceptSet(a.needConcepts),
      offerClauses: a.offerClauses,
      needClauses: a.needClauses,
      themesPresent,
      themesDeclared,
      themeMass: (sum(themesPresent.weights) + sum(themesDeclared.weights)) / 2,
      membership: linkMembership({
        country: profile.country,
        region: profile.region,
        text: profile.organisation ?? '',
      }),
    };
  });

  return {
    features,
    positionOf: new Map(indexed.map((profile, i) => [profile.id, i])),
    words,
    concepts,
    conceptLabels,
    descriptionPostings: buildPostings(
      features.map((f) => f.description),
      words.size,
    ),
    offerPostings: buildPostings(
      features.map((f) => f.offers),
      words.size,
    ),
    needPostings: buildPostings(
      features.map((f) => f.needs),
      words.size,
    ),
    offerConceptPostings: buildPostings(
      features.map((f) => f.offerConcepts),
      concepts.size,
    ),
    needConceptPostings: buildPostings(
      features.map((f) => f.needConcepts),
      concepts.size,
    ),
    themePresentPostings: buildPostings(
      features.map((f) => f.themesPresent),
      THEME_SLUGS.length,
    ),
    themeDeclaredPostings: buildPostings(
      features.map((f) => f.themesDeclared),
      THEME_SLUGS.length,
    ),
    themeIdf,
    country: Int32Array.from(
      indexed,
      (p) => (p.country.charCodeAt(0) << 8) | p.country.charCodeAt(1),
    ),
    organisationType: Int32Array.from(indexed, (p) =>
      codeOf(ORGANISATION_TYPE_SLUGS, p.organisationType),
    ),
    massif: Int32Array.from(indexed, (p) => codeOf(MASSIF_SLUGS, p.massif)),
    languages: Int32Array.from(indexed, (p) =>
      p.languages.reduce((mask, code) => mask | (1 << LANGUAGE_CODES.indexOf(code as never)), 0),
    ),
    needConceptCount: Int32Array.from(features, (f) => f.needConcepts.terms.length),
    places: Int32Array.from(features.flatMap((f) => f.membership.places)),
    regions: Int32Array.from(features.flatMap((f) => f.membership.regions)),
  };
}

/** Smoothed IDF, as common TF-IDF implementations compute it: ln((1 + n) / (1 + df)) + 1. */
function inverseDocumentFrequency(documents: Set<number>[], termCount: number): Float64Array {
  const df = new Float64Array(termCount);
  for (const terms of documents) for (const term of terms) df[term] += 1;
  return df.map((count) => Math.log((1 + documents.length) / (1 + count)) + 1);
}

function themeCodes(themes: readonly string[]): Set<number> {
  return new Set(
    themes.map((theme) => THEME_SLUGS.indexOf(theme as never)).filter((code) => code >= 0),
  );
}

/** Not normalised: theme overlap is a weighted Jaccard, which needs the raw masses. */
function idfVector(codes: Set<number>, idf: Float64Array): SparseVector {
  const terms = [...codes].sort((a, b) => a - b);
  if (terms.length === 0) return EMPTY_VECTOR;
  return { terms: Int32Array.from(terms), weights: Float64Array.from(terms, (term) => idf[term]) };
}

function sum(values: Float64Array): number {
  return values.reduce((total, value) => total + value, 0);
}

function conceptSet(ids: number[]): SparseVector {
  const terms = [...new Set(ids)].sort((a, b) => a - b);
  return { terms: Int32Array.from(terms), weights: new Float64Array(terms.length).fill(1) };
}

function codeOf(values: readonly string[], value: string | null): number {
  return value === null ? -1 : values.indexOf(value);
}

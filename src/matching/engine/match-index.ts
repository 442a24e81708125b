import { LANGUAGE_CODES } from '../../taxonomy/languages.js';
import { MASSIF_SLUGS } from '../../taxonomy/massifs.js';
import { ORGANISATION_TYPE_SLUGS } from '../../taxonomy/organisation-types.js';
import { THEME_SLUGS } from '../../taxonomy/themes.js';
import type { MatchProfile } from './match-types.js';
import { analyseProfile, ProfileAnalysis } from './profile-analysis.js';
import { buildPostings, Postings } from './sparse/postings.js';
import { EMPTY_VECTOR, SparseVector, termCounts, tfIdfVector } from './sparse/sparse-vector.js';
import { Vocabulary } from './sparse/vocabulary.js';
import type { LinkMembership } from './territory/cooperation-links.js';

/** What the scorer needs of one participant, computed once per index. */
export interface ProfileFeatures {
  profile: MatchProfile;
  description: SparseVector;
  offers: SparseVector;
  needs: SparseVector;
  /** Concepts (as vocabulary ids) named in offers / needs, sorted, weight 1. */
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
  /** The description's stems and the words typed for them, for "similar activities". */
  descriptionWords: ReadonlyMap<string, string>;
  /** Offers and needs cut into clauses, with the concepts each names: quoted in reasons. */
  offerClauses: Clause[];
  needClauses: Clause[];
}

export interface Clause {
  quote: string;
  concepts: number[];
}

/** The transposed fields of the participants of one country. */
export interface CountryPostings {
  country: number;
  description: Postings;
  offers: Postings;
  needs: Postings;
  offerConcepts: Postings;
  needConcepts: Postings;
  themesPresent: Postings;
  themesDeclared: Postings;
}

/**
 * Everything computed once for a set of profiles: vocabularies, TF-IDF vectors and, per
 * country, the postings that score one participant against all others in one sparse pass
 * (partners from the viewer's own country are skipped before any work when the event wants
 * cross-country pairs only). Only participants who consent to matching are indexed.
 */
export interface MatchIndex {
  features: ProfileFeatures[];
  positionOf: Map<string, number>;
  words: Vocabulary;
  concepts: Vocabulary;
  postingsByCountry: CountryPostings[];
  /** Positions a viewer of each country may be paired with across the border, in id order. */
  partnersAbroad: Map<number, Int32Array>;
  allPositions: Int32Array;
  themeIdf: Float64Array;
  /** Column arrays for the hot loop, one entry per indexed participant. */
  country: Int32Array;
  organisationType: Int32Array;
  massif: Int32Array;
  languages: Int32Array;
  needConceptCount: Int32Array;
  themeMass: Float64Array;
  places: Int32Array;
  regions: Int32Array;
}

/**
 * Indexes the consenting profiles. `analyse` may be a cache: analysis is the costly, per-profile
 * part, while the rest (vocabularies, IDF, vectors, postings) depends on the whole set.
 */
export function buildMatchIndex(
  profiles: readonly MatchProfile[],
  analyse: (profile: MatchProfile) => ProfileAnalysis = analyseProfile,
): MatchIndex {
  const indexed = profiles
    .filter((profile) => profile.consentMatching)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const analyses = indexed.map(analyse);
  const words = new Vocabulary();
  const concepts = new Vocabulary();
  const wordIds = (stems: string[]) => stems.map((stem) => words.idOf(stem));
  const conceptIds = (ids: string[]) => ids.map((id) => concepts.idOf(id));

  const stems = analyses.map((a) => ({
    description: wordIds(a.description),
    offers: wordIds(a.offers),
    needs: wordIds(a.needs),
  }));
  const wordIdf = inverseDocumentFrequency(
    stems.map((s) => new Set([...s.description, ...s.offers, ...s.needs])),
    words.size,
  );
  const declaredThemes = indexed.map((profile) => themeCodes(profile.themes));
  const presentThemes = indexed.map(
    (_, i) => new Set([...declaredThemes[i], ...themeCodes(analyses[i].textThemes)]),
  );
  const themeIdf = inverseDocumentFrequency(presentThemes, THEME_SLUGS.length);

  const features = indexed.map((profile, i): ProfileFeatures => {
    const analysis = analyses[i];
    const themesPresent = idfVector(presentThemes[i], themeIdf);
    const themesDeclared = idfVector(declaredThemes[i], themeIdf);
    const clauses = (list: ProfileAnalysis['offerClauses']) =>
      list.map((clause) => ({ quote: clause.quote, concepts: conceptIds(clause.concepts) }));
    return {
      profile,
      description: tfIdfVector(termCounts(stems[i].description), wordIdf),
      offers: tfIdfVector(termCounts(stems[i].offers), wordIdf),
      needs: tfIdfVector(termCounts(stems[i].needs), wordIdf),
      offerConcepts: unitVector(conceptIds(analysis.offerConcepts)),
      needConcepts: unitVector(conceptIds(analysis.needConcepts)),
      themesPresent,
      themesDeclared,
      themeMass: (sum(themesPresent.weights) + sum(themesDeclared.weights)) / 2,
      membership: analysis.membership,
      descriptionWords: new Map(analysis.descriptionWords),
      offerClauses: clauses(analysis.offerClauses),
      needClauses: clauses(analysis.needClauses),
    };
  });

  const country = Int32Array.from(indexed, (p) => countryCode(p.country));
  const countries = [...new Set(country)];
  const allPositions = Int32Array.from(indexed, (_, i) => i);
  return {
    features,
    positionOf: new Map(indexed.map((profile, i) => [profile.id, i])),
    words,
    concepts,
    postingsByCountry: countries.map((code) =>
      countryPostings(code, features, country, words.size, concepts.size),
    ),
    partnersAbroad: new Map(
      countries.map((code) => [code, allPositions.filter((i) => country[i] !== code)]),
    ),
    allPositions,
    themeIdf,
    country,
    organisationType: Int32Array.from(indexed, (p) =>
      ORGANISATION_TYPE_SLUGS.indexOf(p.organisationType as never),
    ),
    massif: Int32Array.from(indexed, (p) =>
      p.massif ? MASSIF_SLUGS.indexOf(p.massif as never) : -1,
    ),
    languages: Int32Array.from(indexed, (p) =>
      p.languages.reduce((mask, code) => {
        const bit = LANGUAGE_CODES.indexOf(code as never);
        return bit >= 0 ? mask | (1 << bit) : mask;
      }, 0),
    ),
    needConceptCount: Int32Array.from(features, (f) => f.needConcepts.terms.length),
    themeMass: Float64Array.from(features, (f) => f.themeMass),
    places: Int32Array.from(features.flatMap((f) => f.membership.places)),
    regions: Int32Array.from(features.flatMap((f) => f.membership.regions)),
  };
}

/** "FR" → a small integer, for the hot loop's comparisons. */
function countryCode(country: string): number {
  return (country.charCodeAt(0) << 8) | country.charCodeAt(1);
}

function countryPostings(
  code: number,
  features: ProfileFeatures[],
  country: Int32Array,
  wordCount: number,
  conceptCount: number,
): CountryPostings {
  // Vectors of other countries are left empty: positions stay global, postings stay small.
  const only = (field: (f: ProfileFeatures) => SparseVector) =>
    features.map((f, i) => (country[i] === code ? field(f) : EMPTY_VECTOR));
  return {
    country: code,
    description: buildPostings(
      only((f) => f.description),
      wordCount,
    ),
    offers: buildPostings(
      only((f) => f.offers),
      wordCount,
    ),
    needs: buildPostings(
      only((f) => f.needs),
      wordCount,
    ),
    offerConcepts: buildPostings(
      only((f) => f.offerConcepts),
      conceptCount,
    ),
    needConcepts: buildPostings(
      only((f) => f.needConcepts),
      conceptCount,
    ),
    themesPresent: buildPostings(
      only((f) => f.themesPresent),
      THEME_SLUGS.length,
    ),
    themesDeclared: buildPostings(
      only((f) => f.themesDeclared),
      THEME_SLUGS.length,
    ),
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

function unitVector(ids: number[]): SparseVector {
  const terms = [...new Set(ids)].sort((a, b) => a - b);
  return { terms: Int32Array.from(terms), weights: new Float64Array(terms.length).fill(1) };
}

function sum(values: Float64Array): number {
  return values.reduce((total, value) => total + value, 0);
}

import { LANGUAGE_CODES } from '../../taxonomy/languages.js';
import { MASSIF_SLUGS } from '../../taxonomy/massifs.js';
import { ORGANISATION_TYPE_SLUGS } from '../../taxonomy/organisation-types.js';
import { THEME_SLUGS } from '../../taxonomy/themes.js';
import type { MatchProfile } from './match-types.js';
import { analyseProfile, ProfileAnalysis } from './profile-analysis.js';
import { buildPostings, Postings } from './sparse/postings.js';
import { allocateVector, SparseVector, termCounts, tfIdfVector } from './sparse/sparse-vector.js';
import { Vocabulary } from './sparse/vocabulary.js';
import type { LinkMembership } from './territory/cooperation-links.js';

if (THEME_SLUGS.length > 31) throw new Error('Themes exceed the 31-bit sets');

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
  /**
   * The word typed for each term of `description`, in the vector's order ('' if none), for
   * "similar activities": read by position, with no stem to look up per pair shown.
   */
  descriptionWords: string[];
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
 * What a fitted TF-IDF model keeps: the vocabularies and the weights of words and themes.
 * Profiles indexed later are vectorised with it as it stands: as a fitted TF-IDF model does,
 * it ignores words it was not fitted on (see live-match-index.ts).
 */
export interface TextModel {
  words: Vocabulary;
  concepts: Vocabulary;
  wordIdf: Float64Array;
  themeIdf: Float64Array;
}

/** A text model as plain data: stored with a run, so every worker scores the run alike. */
export interface FittedTextModel {
  words: string[];
  wordIdf: number[];
  concepts: string[];
  themeIdf: number[];
}

/**
 * Everything computed once for a set of profiles: vocabularies, TF-IDF vectors and, per
 * country, the postings that score one participant against all others in one sparse pass
 * (partners from the viewer's own country are skipped before any work when the event wants
 * cross-country pairs only). Only participants who consent to matching are indexed.
 */
export interface MatchIndex extends TextModel {
  features: ProfileFeatures[];
  positionOf: Map<string, number>;
  /** The postings cover positions below this; later ones were appended and score pairwise. */
  postingsSize: number;
  postingsByCountry: CountryPostings[];
  /** 1 at the positions of profiles changed or gone since: they are never suggested. */
  removed: Uint8Array;
  /** Positions a viewer of each country may be paired with across the border. */
  partnersAbroad: Map<number, Int32Array>;
  allPositions: Int32Array;
  /** Column arrays for the hot loop, one entry per position. */
  country: Int32Array;
  organisationType: Int32Array;
  massif: Int32Array;
  languages: Int32Array;
  needConceptCount: Int32Array;
  themeMass: Float64Array;
  /**
   * The themes of `themesPresent` and `themesDeclared` as bit sets over theme codes: a pair's
   * common themes in one AND, without reading either profile's vectors.
   */
  presentThemeBits: Int32Array;
  declaredThemeBits: Int32Array;
  /** Two 32-bit words per position (see LinkMembership). */
  places: Int32Array;
  regions: Int32Array;
}

/** A profile's stems as vocabulary ids. */
export interface ProfileTerms {
  description: number[];
  offers: number[];
  needs: number[];
}

/**
 * Indexes the consenting profiles. `analyse` may be a cache: analysis is the costly, per-profile
 * part, while the rest (vocabularies, IDF, vectors, postings) depends on the whole set. With
 * `fitted`, the text model is that one instead of one fitted on these profiles.
 */
export function buildMatchIndex(
  profiles: readonly MatchProfile[],
  analyse: (profile: MatchProfile) => ProfileAnalysis = analyseProfile,
  fitted?: FittedTextModel,
): MatchIndex {
  const indexed = profiles
    .filter((profile) => profile.consentMatching)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const analyses = indexed.map(analyse);
  if (fitted) {
    const model = textModelOf(fitted);
    return assembleIndex(
      indexed.map((profile, i) =>
        profileFeatures(profile, analyses[i], termsOf(analyses[i], model.words, false), model),
      ),
      model,
    );
  }
  const words = new Vocabulary();
  const terms = analyses.map((analysis) => termsOf(analysis, words, true));
  const wordIdf = inverseDocumentFrequency(
    documentFrequencies(
      terms.map((t) => [t.description, t.offers, t.needs]),
      words.size,
    ),
    terms.length,
  );
  const themeIdf = inverseDocumentFrequency(
    documentFrequencies(
      indexed.map((profile, i) => [themeCodes(themesPresent(profile, analyses[i]))]),
      THEME_SLUGS.length,
    ),
    indexed.length,
  );
  const model: TextModel = { words, concepts: new Vocabulary(), wordIdf, themeIdf };
  return assembleIndex(
    indexed.map((profile, i) => profileFeatures(profile, analyses[i], terms[i], model)),
    model,
  );
}

/** The text model of an index as plain data (concepts as numbered so far). */
export function fittedTextModel(index: TextModel): FittedTextModel {
  return {
    words: index.words.terms(),
    wordIdf: [...index.wordIdf],
    concepts: index.concepts.terms(),
    themeIdf: [...index.themeIdf],
  };
}

function textModelOf(fitted: FittedTextModel): TextModel {
  return {
    words: Vocabulary.of(fitted.words),
    concepts: Vocabulary.of(fitted.concepts),
    wordIdf: Float64Array.from(fitted.wordIdf),
    themeIdf: Float64Array.from(fitted.themeIdf),
  };
}

/**
 * The stems of an analysis as ids of `words`: while fitting, `words` takes in the stems it has
 * not seen; once fitted, those are left out.
 */
export function termsOf(
  analysis: ProfileAnalysis,
  words: Vocabulary,
  fitting: boolean,
): ProfileTerms {
  const ids = (stems: string[]) =>
    fitting
      ? stems.map((stem) => words.idOf(stem))
      : stems.map((stem) => words.find(stem)).filter((id) => id !== undefined);
  return {
    description: ids(analysis.description),
    offers: ids(analysis.offers),
    needs: ids(analysis.needs),
  };
}

/** One profile's vectors under a fitted model (every id in `terms` has a weight in it). */
export function profileFeatures(
  profile: MatchProfile,
  analysis: ProfileAnalysis,
  terms: ProfileTerms,
  model: TextModel,
): ProfileFeatures {
  const { wordIdf, themeIdf } = model;
  const conceptIds = (ids: string[]) => ids.map((id) => model.concepts.idOf(id));
  const present = idfVector(themeCodes(themesPresent(profile, analysis)), themeIdf);
  const declared = idfVector(themeCodes(themeBits(profile.themes)), themeIdf);
  const clauses = (list: ProfileAnalysis['offerClauses']) =>
    list.map((clause) => ({ quote: clause.quote, concepts: conceptIds(clause.concepts) }));
  const description = tfIdfVector(termCounts(terms.description), wordIdf);
  return {
    profile,
    description,
    offers: tfIdfVector(termCounts(terms.offers), wordIdf),
    needs: tfIdfVector(termCounts(terms.needs), wordIdf),
    offerConcepts: unitVector(conceptIds(analysis.offerConcepts)),
    needConcepts: unitVector(conceptIds(analysis.needConcepts)),
    themesPresent: present,
    themesDeclared: declared,
    themeMass: (sum(present.weights) + sum(declared.weights)) / 2,
    membership: analysis.membership,
    descriptionWords: typedWords(description, analysis.descriptionWords, model.words),
    offerClauses: clauses(analysis.offerClauses),
    needClauses: clauses(analysis.needClauses),
  };
}

/** The word first typed for each term of a vector, in the vector's order. */
function typedWords(
  vector: SparseVector,
  stemWords: ProfileAnalysis['descriptionWords'],
  words: Vocabulary,
): string[] {
  return Array.from(vector.terms, (term) => stemWords.get(words.term(term)) ?? '');
}

/**
 * The index over `features`, in that order (positions follow it): columns, and postings over
 * every position.
 */
export function assembleIndex(features: ProfileFeatures[], model: TextModel): MatchIndex {
  const columns = emptyColumns(features.length);
  features.forEach((f, position) => setColumns(columns, position, f));
  const countries = [...new Set(columns.country)];
  const candidates = candidateLists(columns.country);
  return {
    ...model,
    ...columns,
    features,
    positionOf: new Map(features.map((f, position) => [f.profile.id, position])),
    postingsSize: features.length,
    postingsByCountry: countries.map((code) =>
      countryPostings(
        code,
        features,
        candidates.allPositions.filter((position) => columns.country[position] === code),
        model,
      ),
    ),
    removed: new Uint8Array(features.length),
    ...candidates,
  };
}

export type IndexColumns = Pick<
  MatchIndex,
  | 'country'
  | 'organisationType'
  | 'massif'
  | 'languages'
  | 'needConceptCount'
  | 'themeMass'
  | 'presentThemeBits'
  | 'declaredThemeBits'
  | 'places'
  | 'regions'
>;

export function emptyColumns(size: number): IndexColumns {
  return {
    country: new Int32Array(size),
    organisationType: new Int32Array(size),
    massif: new Int32Array(size),
    languages: new Int32Array(size),
    needConceptCount: new Int32Array(size),
    themeMass: new Float64Array(size),
    presentThemeBits: new Int32Array(size),
    declaredThemeBits: new Int32Array(size),
    places: new Int32Array(2 * size),
    regions: new Int32Array(2 * size),
  };
}

/** Writes one position's entries of the hot loop's columns. */
export function setColumns(columns: IndexColumns, position: number, f: ProfileFeatures): void {
  const { profile, membership } = f;
  columns.country[position] = countryCode(profile.country);
  columns.organisationType[position] = ORGANISATION_TYPE_SLUGS.indexOf(
    profile.organisationType as never,
  );
  columns.massif[position] = profile.massif ? MASSIF_SLUGS.indexOf(profile.massif as never) : -1;
  columns.languages[position] = profile.languages.reduce((mask, code) => {
    const bit = LANGUAGE_CODES.indexOf(code as never);
    return bit >= 0 ? mask | (1 << bit) : mask;
  }, 0);
  columns.needConceptCount[position] = f.needConcepts.terms.length;
  columns.themeMass[position] = f.themeMass;
  columns.presentThemeBits[position] = bitSet(f.themesPresent.terms);
  columns.declaredThemeBits[position] = bitSet(f.themesDeclared.terms);
  columns.places.set(membership.places, 2 * position);
  columns.regions.set(membership.regions, 2 * position);
}

/** Every position, and per country the positions of the other countries. */
export function candidateLists(
  country: Int32Array,
): Pick<MatchIndex, 'partnersAbroad' | 'allPositions'> {
  const allPositions = Int32Array.from(country, (_, position) => position);
  return {
    allPositions,
    partnersAbroad: new Map(
      [...new Set(country)].map((code) => [code, allPositions.filter((i) => country[i] !== code)]),
    ),
  };
}

/** Theme codes (below 31) as the bits of one integer. */
function bitSet(codes: Int32Array): number {
  let bits = 0;
  for (const code of codes) bits |= 1 << code;
  return bits;
}

/** "FR" → a small integer, for the hot loop's comparisons. */
export function countryCode(country: string): number {
  return (country.charCodeAt(0) << 8) | country.charCodeAt(1);
}

/**
 * The postings of one country's participants. Documents keep their global positions, so the
 * postings of every country score the same `scores` array.
 */
function countryPostings(
  code: number,
  features: readonly ProfileFeatures[],
  positions: Int32Array,
  model: TextModel,
): CountryPostings {
  const postings = (field: (f: ProfileFeatures) => SparseVector, termCount: number) => {
    const vectors: SparseVector[] = [];
    for (let i = 0; i < positions.length; i += 1) vectors.push(field(features[positions[i]]));
    return buildPostings(vectors, termCount, positions);
  };
  const wordCount = model.words.size;
  const conceptCount = model.concepts.size;
  return {
    country: code,
    description: postings((f) => f.description, wordCount),
    offers: postings((f) => f.offers, wordCount),
    needs: postings((f) => f.needs, wordCount),
    offerConcepts: postings((f) => f.offerConcepts, conceptCount),
    needConcepts: postings((f) => f.needConcepts, conceptCount),
    themesPresent: postings((f) => f.themesPresent, THEME_SLUGS.length),
    themesDeclared: postings((f) => f.themesDeclared, THEME_SLUGS.length),
  };
}

/** How many documents hold each term; a document is lists of term ids, which may repeat. */
function documentFrequencies(
  documents: readonly (readonly (readonly number[])[])[],
  termCount: number,
): Int32Array {
  const frequencies = new Int32Array(termCount);
  // The last document each term was counted for: counts each term once per document.
  const countedFor = new Int32Array(termCount).fill(-1);
  // Indexed loops: this runs twice per index, too few times for its iterators to be optimised.
  for (let document = 0; document < documents.length; document += 1) {
    const lists = documents[document];
    for (let l = 0; l < lists.length; l += 1) {
      const list = lists[l];
      for (let i = 0; i < list.length; i += 1) {
        const term = list[i];
        if (countedFor[term] === document) continue;
        countedFor[term] = document;
        frequencies[term] += 1;
      }
    }
  }
  return frequencies;
}

/** Smoothed IDF, as common TF-IDF implementations compute it: ln((1 + n) / (1 + df)) + 1. */
function inverseDocumentFrequency(frequencies: Int32Array, documentCount: number): Float64Array {
  return Float64Array.from(
    frequencies,
    (frequency) => Math.log((1 + documentCount) / (1 + frequency)) + 1,
  );
}

// Themes are handled as bit sets: no set or sort per profile.
if (THEME_SLUGS.length > 31) throw new Error('Themes exceed a 31-bit set');

/** Declared themes and the themes the text speaks of, as a bit set of theme codes. */
function themesPresent(profile: MatchProfile, analysis: ProfileAnalysis): number {
  return themeBits(profile.themes) | themeBits(analysis.textThemes);
}

/** Themes as a bit set of their codes; unknown slugs are left out. */
function themeBits(themes: readonly string[]): number {
  let bits = 0;
  for (const theme of themes) {
    const code = THEME_SLUGS.indexOf(theme as never);
    if (code >= 0) bits |= 1 << code;
  }
  return bits;
}

/** The codes in a bit set, in increasing order. */
function themeCodes(bits: number): number[] {
  const codes: number[] = [];
  for (let code = 0; code < THEME_SLUGS.length; code += 1) if (bits & (1 << code)) codes.push(code);
  return codes;
}

/** Not normalised: theme overlap is a weighted Jaccard, which needs the raw masses. */
function idfVector(codes: readonly number[], idf: Float64Array): SparseVector {
  const vector = allocateVector(codes.length);
  codes.forEach((code, i) => {
    vector.terms[i] = code;
    vector.weights[i] = idf[code];
  });
  return vector;
}

/** Two profiles in three name no concept: theirs is the one shared empty vector. */
function unitVector(ids: number[]): SparseVector {
  const terms = [...new Set(ids)].sort((a, b) => a - b);
  const vector = allocateVector(terms.length);
  vector.terms.set(terms);
  vector.weights.fill(1);
  return vector;
}

function sum(values: Float64Array): number {
  return values.reduce((total, value) => total + value, 0);
}

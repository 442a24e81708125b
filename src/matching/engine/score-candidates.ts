import { ORGANISATION_TYPE_SLUGS } from '../../taxonomy/organisation-types.js';
import type { CountryPostings, MatchIndex } from './match-index.js';
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
  territory,
} from './score-parts.js';
import { accumulate, accumulateTerms } from './sparse/postings.js';
import { dot, sharedWeight } from './sparse/sparse-vector.js';

/**
 * Work arrays reused from one participant to the next. The sparse passes add into them; the
 * dense pass reads each entry once and clears it, so no separate reset pass is needed.
 */
export class ScoringBuffers {
  readonly description: Float64Array;
  readonly needsToOffers: Float64Array;
  readonly offersToNeeds: Float64Array;
  readonly needConceptsAnswered: Float64Array;
  readonly offerConceptsNeeded: Float64Array;
  readonly themesShared: Float64Array;
  readonly declaredShared: Float64Array;
  readonly scores: Float64Array;

  constructor(size: number) {
    this.description = new Float64Array(size);
    this.needsToOffers = new Float64Array(size);
    this.offersToNeeds = new Float64Array(size);
    this.needConceptsAnswered = new Float64Array(size);
    this.offerConceptsNeeded = new Float64Array(size);
    this.themesShared = new Float64Array(size);
    this.declaredShared = new Float64Array(size);
    this.scores = new Float64Array(size);
  }
}

/** Marks a partner the gates exclude (self, same country, …). */
export const EXCLUDED = -1;

/** The positions a viewer may be paired with: abroad only, or everyone, as the event wants. */
export function candidatePositions(
  index: MatchIndex,
  viewer: number,
  options: MatchOptions,
): Int32Array {
  return options.crossCountryOnly
    ? index.partnersAbroad.get(index.country[viewer])!
    : index.allPositions;
}

/**
 * Scores one participant against every possible partner: a few sparse passes (one per field,
 * over the partners' countries only) and one dense pass over the candidates. Fills
 * `buffers.scores` at the candidates' positions (EXCLUDED for the viewer themself) and
 * returns it; the work buffers come back cleared for the next participant.
 */
export function scoreCandidates(
  index: MatchIndex,
  viewer: number,
  options: MatchOptions,
  buffers: ScoringBuffers,
  candidates = candidatePositions(index, viewer, options),
): Float64Array {
  const features = index.features[viewer];
  const viewerCountry = index.country[viewer];
  for (const postings of index.postingsByCountry) {
    if (options.crossCountryOnly && postings.country === viewerCountry) continue;
    accumulateFields(features, postings, buffers);
  }
  if (index.postingsSize < index.features.length)
    accumulateAppended(index, viewer, options, buffers);

  const { weights } = options;
  const totalWeight =
    weights.complementarity + weights.themes + weights.text + weights.actors + weights.territory;
  // Everything the dense loop reads is held in locals: one property load per participant, not
  // one per pair (the loop runs once for each of ~10,000 candidates).
  const complementarityWeight = weights.complementarity;
  const themesWeight = weights.themes;
  const textWeight = weights.text;
  const actorsWeight = weights.actors;
  const territoryWeight = weights.territory;
  const placeScore = COOPERATION_SCORE.place;
  const regionScore = COOPERATION_SCORE.region;
  const {
    country,
    needConceptCount,
    themeMass,
    organisationType,
    massif,
    languages,
    places,
    regions,
    removed,
  } = index;
  const viewerNeeds = needConceptCount[viewer];
  const viewerMass = themeMass[viewer];
  const actorRow = organisationType[viewer] * ORGANISATION_TYPE_SLUGS.length;
  const massifRow = (massif[viewer] + 1) * MASSIF_CODES;
  const viewerLanguages = languages[viewer];
  const placesLow = places[2 * viewer];
  const placesHigh = places[2 * viewer + 1];
  const regionsLow = regions[2 * viewer];
  const regionsHigh = regions[2 * viewer + 1];
  const {
    description,
    needsToOffers,
    offersToNeeds,
    needConceptsAnswered,
    offerConceptsNeeded,
    themesShared,
    declaredShared,
    scores,
  } = buffers;

  for (let c = 0; c < candidates.length; c += 1) {
    const partner = candidates[c];
    const text = description[partner];
    const needsCosine = needsToOffers[partner];
    const offersCosine = offersToNeeds[partner];
    const answeredForViewer = needConceptsAnswered[partner];
    const answeredForPartner = offerConceptsNeeded[partner];
    const shared = 0.5 * themesShared[partner] + 0.5 * declaredShared[partner];
    description[partner] = 0;
    needsToOffers[partner] = 0;
    offersToNeeds[partner] = 0;
    needConceptsAnswered[partner] = 0;
    offerConceptsNeeded[partner] = 0;
    themesShared[partner] = 0;
    declaredShared[partner] = 0;

    if (partner === viewer || removed[partner]) {
      scores[partner] = EXCLUDED;
      continue;
    }
    const toViewer = answers(needsCosine, conceptAnswer(answeredForViewer, viewerNeeds));
    const toPartner = answers(
      offersCosine,
      conceptAnswer(answeredForPartner, needConceptCount[partner]),
    );
    const union = viewerMass + themeMass[partner] - shared;
    const cooperation =
      country[partner] === viewerCountry
        ? 0
        : (placesLow & places[2 * partner]) | (placesHigh & places[2 * partner + 1])
          ? placeScore
          : (regionsLow & regions[2 * partner]) | (regionsHigh & regions[2 * partner + 1])
            ? regionScore
            : 0;
    const actorType = organisationType[partner];
    const raw =
      (complementarityWeight * complementarity(toViewer, toPartner) +
        themesWeight * (union > 0 ? shared / union : 0) +
        textWeight * Math.min(1, text) +
        actorsWeight * (actorRow >= 0 && actorType >= 0 ? ACTOR_TABLE[actorRow + actorType] : 0) +
        territoryWeight * territory(MASSIF_TABLE[massifRow + massif[partner] + 1], cooperation)) /
      totalWeight;
    const partnerLanguages = languages[partner];
    const noCommonLanguage =
      viewerLanguages !== 0 && partnerLanguages !== 0 && (viewerLanguages & partnerLanguages) === 0;
    scores[partner] = noCommonLanguage ? raw * INTERPRETER_PENALTY : raw;
  }
  return scores;
}

function accumulateFields(
  features: MatchIndex['features'][number],
  postings: CountryPostings,
  buffers: ScoringBuffers,
): void {
  accumulate(features.description, postings.description, buffers.description);
  accumulate(features.needs, postings.offers, buffers.needsToOffers);
  accumulate(features.offers, postings.needs, buffers.offersToNeeds);
  accumulateTerms(
    features.needConcepts.terms,
    postings.offerConcepts,
    buffers.needConceptsAnswered,
  );
  accumulateTerms(features.offerConcepts.terms, postings.needConcepts, buffers.offerConceptsNeeded);
  accumulateTerms(features.themesPresent.terms, postings.themesPresent, buffers.themesShared);
  accumulateTerms(features.themesDeclared.terms, postings.themesDeclared, buffers.declaredShared);
}

/**
 * What the postings passes add for partners appended after the build (see LiveMatchIndex),
 * pair by pair: the same products in the same order, so the same sums.
 */
function accumulateAppended(
  index: MatchIndex,
  viewer: number,
  options: MatchOptions,
  buffers: ScoringBuffers,
): void {
  const a = index.features[viewer];
  const viewerCountry = index.country[viewer];
  for (let partner = index.postingsSize; partner < index.features.length; partner += 1) {
    if (index.removed[partner]) continue;
    // Only candidates: the dense pass clears the buffers at the candidates' positions only.
    if (options.crossCountryOnly && index.country[partner] === viewerCountry) continue;
    const b = index.features[partner];
    buffers.description[partner] += dot(a.description, b.description);
    buffers.needsToOffers[partner] += dot(a.needs, b.offers);
    buffers.offersToNeeds[partner] += dot(a.offers, b.needs);
    buffers.needConceptsAnswered[partner] += sharedWeight(a.needConcepts.terms, b.offerConcepts);
    buffers.offerConceptsNeeded[partner] += sharedWeight(a.offerConcepts.terms, b.needConcepts);
    buffers.themesShared[partner] += sharedWeight(a.themesPresent.terms, b.themesPresent);
    buffers.declaredShared[partner] += sharedWeight(a.themesDeclared.terms, b.themesDeclared);
  }
}

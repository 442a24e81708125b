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
  territory,
} from './score-parts.js';
import { accumulate, accumulateTerms } from './sparse/postings.js';

/** Work arrays reused from one participant to the next (one set per thread of work). */
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

  reset(): void {
    this.description.fill(0);
    this.needsToOffers.fill(0);
    this.offersToNeeds.fill(0);
    this.needConceptsAnswered.fill(0);
    this.offerConceptsNeeded.fill(0);
    this.themesShared.fill(0);
    this.declaredShared.fill(0);
  }
}

/** Marks a partner the gates exclude (self, same country, …). */
export const EXCLUDED = -1;

/**
 * Scores one participant against every indexed participant in a few sparse passes (one per
 * field) and one dense pass; returns `buffers.scores`, EXCLUDED where a gate says no.
 */
export function scoreCandidates(
  index: MatchIndex,
  viewer: number,
  options: MatchOptions,
  buffers: ScoringBuffers,
): Float64Array {
  const features = index.features[viewer];
  buffers.reset();
  accumulate(features.description, index.descriptionPostings, buffers.description);
  accumulate(features.needs, index.offerPostings, buffers.needsToOffers);
  accumulate(features.offers, index.needPostings, buffers.offersToNeeds);
  accumulateTerms(
    features.needConcepts.terms,
    index.offerConceptPostings,
    buffers.needConceptsAnswered,
  );
  accumulateTerms(
    features.offerConcepts.terms,
    index.needConceptPostings,
    buffers.offerConceptsNeeded,
  );
  accumulateTerms(features.themesPresent.terms, index.themePresentPostings, buffers.themesShared);
  accumulateTerms(
    features.themesDeclared.terms,
    index.themeDeclaredPostings,
    buffers.declaredShared,
  );

  const { weights } = options;
  const totalWeight =
    weights.complementarity + weights.themes + weights.text + weights.actors + weights.territory;
  const viewerNeeds = features.needConcepts.terms.length;
  const viewerMass = features.themeMass;
  const viewerCountry = index.country[viewer];
  const actorRow = index.organisationType[viewer] * ORGANISATION_TYPE_SLUGS.length;
  const massifRow = (index.massif[viewer] + 1) * MASSIF_CODES;
  const viewerLanguages = index.languages[viewer];
  const [placesLow, placesHigh] = [index.places[2 * viewer], index.places[2 * viewer + 1]];
  const [regionsLow, regionsHigh] = [index.regions[2 * viewer], index.regions[2 * viewer + 1]];
  const scores = buffers.scores;

  for (let partner = 0; partner < scores.length; partner += 1) {
    const sameCountry = index.country[partner] === viewerCountry;
    if (partner === viewer || (options.crossCountryOnly && sameCountry)) {
      scores[partner] = EXCLUDED;
      continue;
    }
    const toViewer = answers(
      buffers.needsToOffers[partner],
      conceptAnswer(buffers.needConceptsAnswered[partner], viewerNeeds),
    );
    const partnerNeeds = index.needConceptCount[partner];
    const toPartner = answers(
      buffers.offersToNeeds[partner],
      conceptAnswer(buffers.offerConceptsNeeded[partner], partnerNeeds),
    );
    const shared = 0.5 * buffers.themesShared[partner] + 0.5 * buffers.declaredShared[partner];
    const union = viewerMass + index.features[partner].themeMass - shared;
    const cooperation = sameCountry
      ? 0
      : (placesLow & index.places[2 * partner]) | (placesHigh & index.places[2 * partner + 1])
        ? COOPERATION_SCORE.place
        : (regionsLow & index.regions[2 * partner]) | (regionsHigh & index.regions[2 * partner + 1])
          ? COOPERATION_SCORE.region
          : 0;
    const raw =
      (weights.complementarity * complementarity(toViewer, toPartner) +
        weights.themes * (union > 0 ? shared / union : 0) +
        weights.text * Math.min(1, buffers.description[partner]) +
        weights.actors *
          (actorRow >= 0 ? ACTOR_TABLE[actorRow + index.organisationType[partner]] : 0) +
        weights.territory *
          territory(MASSIF_TABLE[massifRow + index.massif[partner] + 1], cooperation)) /
      totalWeight;
    const partnerLanguages = index.languages[partner];
    const noCommonLanguage =
      viewerLanguages && partnerLanguages && !(viewerLanguages & partnerLanguages);
    scores[partner] = noCommonLanguage ? raw * INTERPRETER_PENALTY : raw;
  }
  return scores;
}

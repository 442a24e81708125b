import { buildMatchIndex } from './match-index.js';
import type { MatchOptions, MatchProfile } from './match-types.js';
import { DEFAULT_MATCH_WEIGHTS } from './match-weights.js';
import { pairDetails } from './pair-details.js';
import { scoreCandidates, ScoringBuffers } from './score-candidates.js';

/**
 * One pair whose every part can be worked out by hand from the definitions (README "How a score
 * is made", score-parts.ts), so the weights, the part formulas and the interpreter penalty are
 * pinned: a weight moved by 0.05 or the ×0.9 dropped changes the score.
 */
const options: MatchOptions = {
  weights: { ...DEFAULT_MATCH_WEIGHTS },
  crossCountryOnly: true,
  topK: 50,
};

function profile(id: string, fields: Partial<MatchProfile>): MatchProfile {
  return {
    id,
    country: 'FR',
    organisation: `Organisation ${id}`,
    organisationType: 'entreprise',
    sector: null,
    region: null,
    massif: null,
    themes: [],
    languages: ['fr'],
    offers: null,
    needs: null,
    description: null,
    consentMatching: true,
    ...fields,
  };
}

const translator = profile('fr-translator', {
  organisationType: 'entreprise',
  massif: 'alpes',
  themes: ['water'],
  languages: ['en'],
  offers: 'Traduction de contrats commerciaux',
});
const university = profile('ma-university', {
  country: 'MA',
  organisationType: 'universite',
  massif: 'haut-atlas',
  themes: ['water'],
  languages: ['ar'],
  needs: 'Traduction de contrats commerciaux',
});
// A third profile, so the shared words are not in every document (their IDF stays above 0).
const bystander = profile('ma-bystander', {
  country: 'MA',
  organisationType: 'association',
  offers: 'Location de vélos',
  needs: 'Stands pour salons',
});

/**
 * By hand:
 * - complementarity: the translator's offer is word for word the university's need (cosine 1,
 *   so that direction answers 1); nothing answers the other way (0); mutual fit 0.7·best +
 *   0.3·other = 0.7;
 * - themes: both declare "water" only and their texts name no theme: shared / union = 1;
 * - text: neither has a description or a sector: 0;
 * - actors: entreprise ↔ universite = 0.9 (src/taxonomy/actor-pairings.ts);
 * - territory: Alpes and Haut Atlas are both high mountains (comparability 1), no cooperation
 *   link: 1 − (1 − 0.6·1)·(1 − 0) = 0.6.
 * Weighted (0.35, 0.2, 0.15, 0.15, 0.15; sum 1): 0.245 + 0.2 + 0 + 0.135 + 0.09 = 0.67.
 * English against Arabic: no common language, ×0.9 = 0.603.
 */
const PARTS = { complementarity: 0.7, themes: 1, text: 0, actors: 0.9, territory: 0.6 };
const RAW = 0.67;
const WITH_INTERPRETER = 0.603;

describe('the score of a known pair', () => {
  it('uses the documented default weights', () => {
    expect(DEFAULT_MATCH_WEIGHTS).toEqual({
      complementarity: 0.35,
      themes: 0.2,
      text: 0.15,
      actors: 0.15,
      territory: 0.15,
    });
  });

  it('is the weighted sum of its hand-computed parts, ×0.9 without a common language', () => {
    const index = buildMatchIndex([translator, university, bystander]);
    const [t, u] = [translator, university].map((p) => index.positionOf.get(p.id)!);
    for (const [viewer, partner] of [
      [u, t],
      [t, u],
    ]) {
      const details = pairDetails(index, viewer, partner, options);
      for (const [part, value] of Object.entries(PARTS)) {
        expect([part, details.parts[part as keyof typeof PARTS]]).toEqual([
          part,
          expect.closeTo(value, 12),
        ]);
      }
      expect(details.needsInterpreter).toBe(true);
      expect(details.rawScore).toBeCloseTo(RAW, 12);
      expect(details.score).toBeCloseTo(WITH_INTERPRETER, 12);
      // The scorer used by full runs agrees with the pairwise arithmetic.
      const scores = scoreCandidates(
        index,
        viewer,
        options,
        new ScoringBuffers(index.features.length),
      );
      expect(scores[partner]).toBeCloseTo(WITH_INTERPRETER, 12);
    }
  });

  it('keeps the raw score when the two share a language', () => {
    const index = buildMatchIndex([
      { ...translator, languages: ['fr', 'en'] },
      { ...university, languages: ['ar', 'fr'] },
      bystander,
    ]);
    const [t, u] = [translator, university].map((p) => index.positionOf.get(p.id)!);
    const details = pairDetails(index, u, t, options);
    expect(details.needsInterpreter).toBe(false);
    expect(details.score).toBeCloseTo(RAW, 12);
    const scores = scoreCandidates(index, u, options, new ScoringBuffers(index.features.length));
    expect(scores[t]).toBeCloseTo(RAW, 12);
  });
});

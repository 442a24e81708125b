import fc from 'fast-check';
import { findConcepts } from '../../taxonomy/thesaurus/find-concepts.js';
import type { MatchProfile } from './match-types.js';
import { analyseProfile } from './profile-analysis.js';
import { splitClauses } from './profile-text.js';
import { analyzeText } from './text/analyze-text.js';

function profileOffering(offers: string): MatchProfile {
  return {
    id: 'p',
    country: 'FR',
    organisation: 'Commune de Chamonix',
    organisationType: 'collectivite',
    sector: null,
    region: null,
    massif: null,
    themes: [],
    languages: ['fr'],
    offers,
    needs: null,
    description: null,
    consentMatching: true,
  };
}

/** Offers analysed whole and clause by clause, as the analysis defines them. */
function expectedOffers(text: string) {
  return {
    stems: analyzeText(text),
    clauseConcepts: splitClauses(text).map((clause) =>
      findConcepts(clause).map((hit) => hit.conceptId),
    ),
  };
}

function analysedOffers(text: string) {
  const analysis = analyseProfile(profileOffering(text));
  return {
    stems: analysis.offers,
    clauseConcepts: analysis.offerClauses.map((clause) => clause.concepts),
  };
}

describe('analyseProfile, offers and needs', () => {
  it.each([
    'Prévention des crues; cartographie des aléas. Formation',
    'Irrigation goutte à goutte, flash floods early warning: séminaires',
    // One-character pieces are no clause, but their words are the text's: « Ǆ » folds to « dz ».
    'Formation. Ǆ. Suivi des crues',
    'a. b; ½ ! gîtes',
    '• Œuvre d’art\n• main-d’œuvre\u00a0; tourisme,\u00a0Écotourisme',
    // Outside Latin: the text is folded whole, as before (Greek final sigma looks across breaks).
    'ΑΣ.Βήμα, ΟΔΟΣ: crues',
    'Coopérative تعاونية. الزعفران, ⵜⴰⵎⴰⵣⵉⵖⵜ; safran',
    'We build hazard mapping; nous cherchons des partenaires. Forest fire prevention',
    '',
  ])(
    'gives %j the stems and clause concepts of analysing it whole and clause by clause',
    (text) => {
      expect(analysedOffers(text)).toEqual(expectedOffers(text));
    },
  );

  it('does so for any mix of words, clause breaks and spacing', () => {
    const piece = fc.constantFrom(
      'crues',
      'inondations',
      'the',
      'les',
      'of',
      'Ǆ',
      'é',
      'ﬁ',
      'Σ',
      'x',
      '2024',
      '. ',
      '.',
      '; ',
      ', ',
      ',',
      ':',
      '!',
      '\n',
      '•',
      ' ',
      '\u00a0',
      '’',
      '-',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const text = pieces.join('');
        expect(analysedOffers(text)).toEqual(expectedOffers(text));
      }),
      { numRuns: 500 },
    );
  });
});

import type { MatchProfile } from '../../src/matching/engine/match-types.js';
import { plainWords } from './plain-words.js';
import { jaccard, themeOverlapRanker } from './theme-overlap-ranker.js';
import { tfidfRanker, tfidfVectors } from './tfidf-ranker.js';

function profile(id: string, country: string, fields: Partial<MatchProfile> = {}): MatchProfile {
  return {
    id,
    country,
    organisation: id,
    organisationType: 'collectivite',
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

describe('plainWords', () => {
  it('lower-cases and splits on anything but letters, keeping accents', () => {
    expect(plainWords("Gestion de l'EAU, 2026 : crues-torrentielles")).toEqual([
      'gestion',
      'de',
      'l',
      'eau',
      'crues',
      'torrentielles',
    ]);
  });
});

describe('tfidfVectors', () => {
  it('weighs terms by tf × smoothed idf and normalises to unit length', () => {
    // Three documents; "eau" is in two (idf = ln(4/3) + 1), "crue" in one (idf = ln(4/2) + 1).
    const [first] = tfidfVectors(['eau crue crue', 'eau', 'safran']);
    const eau = Math.log(4 / 3) + 1;
    const crue = 2 * (Math.log(4 / 2) + 1);
    const norm = Math.hypot(eau, crue);
    expect([...first.weights]).toEqual([eau / norm, crue / norm]);
  });
});

describe('tfidfRanker', () => {
  const profiles = [
    profile('fr-1', 'FR', { offers: 'prévention des crues torrentielles' }),
    profile('ma-1', 'MA', { needs: 'safran' }),
    profile('ma-2', 'MA', { needs: 'crues torrentielles dans la vallée' }),
    profile('ma-3', 'MA', { needs: 'crues torrentielles', consentMatching: false }),
    profile('fr-2', 'FR', { offers: 'crues torrentielles' }),
  ];
  const rankings = tfidfRanker(10).rank(profiles);

  it('ranks the other country by cosine, then by id, leaving out people without consent', () => {
    expect(rankings.get('fr-1')).toEqual(['ma-2', 'ma-1']);
    expect(rankings.get('ma-2')).toEqual(['fr-2', 'fr-1']);
  });

  it('cuts the list at top-K', () => {
    expect(tfidfRanker(1).rank(profiles).get('fr-1')).toEqual(['ma-2']);
  });
});

describe('themeOverlapRanker', () => {
  it('computes Jaccard overlap', () => {
    expect(jaccard(new Set(['a', 'b']), new Set(['b', 'c']))).toBeCloseTo(1 / 3, 12);
    expect(jaccard(new Set(), new Set())).toBe(0);
  });

  it('ranks the other country by declared-theme overlap, ties by id', () => {
    const rankings = themeOverlapRanker(10).rank([
      profile('fr-1', 'FR', { themes: ['water', 'natural-risks'] }),
      profile('ma-2', 'MA', { themes: ['water'] }),
      profile('ma-1', 'MA', { themes: ['energy'] }),
      profile('ma-3', 'MA', { themes: ['water', 'natural-risks'] }),
      profile('ma-0', 'MA', { themes: ['energy'] }),
    ]);
    expect(rankings.get('fr-1')).toEqual(['ma-3', 'ma-2', 'ma-0', 'ma-1']);
  });
});

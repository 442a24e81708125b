import { computeMatches, suggestion } from './compute-matches.js';
import { buildMatchIndex } from './match-index.js';
import type { MatchOptions, MatchProfile } from './match-types.js';
import { DEFAULT_MATCH_WEIGHTS } from './match-weights.js';
import { pairDetails } from './pair-details.js';
import { renderReason } from './render-reason.js';
import { EXCLUDED, scoreCandidates, ScoringBuffers } from './score-candidates.js';

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

const taliouine = profile('ma-taliouine', {
  country: 'MA',
  organisation: 'Commune de Taliouine',
  organisationType: 'collectivite',
  region: 'Souss-Massa',
  massif: 'anti-atlas',
  themes: ['natural-risks', 'sustainable-tourism'],
  languages: ['fr', 'ar', 'zgh'],
  offers: "Circuits de randonnée et gîtes chez l'habitant autour du safran",
  needs: 'Gestion des inondations dans la vallée',
  description: 'Commune rurale de montagne sur la route du safran',
});
const floodEngineers = profile('fr-flood-engineers', {
  organisation: 'Alpes Risques Ingénierie',
  region: 'Auvergne-Rhône-Alpes',
  massif: 'alpes',
  themes: ['natural-risks'],
  offers: 'Prévention des crues torrentielles, cartographie des aléas',
  needs: 'Terrains d’expérimentation au Maroc',
});
const floodSeekers = profile('fr-flood-seekers', {
  organisation: 'Vallée Sûre',
  massif: 'alpes',
  themes: ['natural-risks'],
  offers: 'Organisation de séminaires',
  needs: 'Gestion des inondations dans la vallée',
});
const ecrins = profile('fr-ecrins', {
  organisation: 'Parc national des Écrins',
  organisationType: 'collectivite',
  region: "Provence-Alpes-Côte d'Azur",
  massif: 'alpes',
  themes: ['sustainable-tourism', 'biodiversity'],
  offers: 'Gestion de la fréquentation touristique des sites naturels',
  description: 'Parc national de haute montagne, randonnée et refuges',
});
const moroccanPeer = profile('ma-peer', {
  country: 'MA',
  offers: 'Prévention des crues',
  languages: ['ar'],
});
const withdrawn = profile('fr-withdrawn', {
  offers: 'Prévention des crues torrentielles',
  consentMatching: false,
});
const englishOnly = profile('fr-english', {
  languages: ['en'],
  offers: 'Flash flood early warning systems',
});
const toubkal = profile('ma-toubkal', {
  country: 'MA',
  organisation: 'Bureau des guides d’Imlil',
  organisationType: 'association',
  massif: 'haut-atlas',
  needs: 'Cartographie des aléas pour les sentiers',
});
const event = [
  toubkal,
  taliouine,
  floodEngineers,
  floodSeekers,
  ecrins,
  moroccanPeer,
  withdrawn,
  englishOnly,
];

describe('computeMatches', () => {
  const lists = computeMatches(event, options);
  const forTaliouine = lists.get('ma-taliouine')!;
  const partners = forTaliouine.map((match) => match.partnerId);

  it('ranks an offer answering the need above a party that merely has the same need', () => {
    expect(partners.indexOf('fr-flood-engineers')).toBeLessThan(
      partners.indexOf('fr-flood-seekers'),
    );
    expect(forTaliouine[0].partnerId).toBe('fr-flood-engineers');
  });

  it('names the offer and the need in the reason, in French and English', () => {
    const reason = forTaliouine[0].reasons.find((r) => r.kind === 'complementarity')!;
    expect(renderReason(reason, 'fr')).toBe(
      'Son offre (prévention des crues torrentielles) répond à votre besoin (gestion des inondations dans la vallée)',
    );
    expect(renderReason(reason, 'en')).toBe(
      'Their offer (prévention des crues torrentielles) answers your need (gestion des inondations dans la vallée)',
    );
    expect(reason.share).toBeGreaterThan(0.3);
  });

  it('gives the reverse direction from the other side', () => {
    const reason = lists
      .get('fr-flood-engineers')![0]
      .reasons.find((r) => r.kind === 'complementarity')!;
    expect(renderReason(reason, 'fr')).toMatch(
      /^Votre offre \(prévention des crues torrentielles\) répond à son besoin/,
    );
  });

  it('names comparable ranges and an existing cooperation between the territories', () => {
    const withEcrins = forTaliouine.find((match) => match.partnerId === 'fr-ecrins')!;
    const texts = withEcrins.reasons.map((reason) => renderReason(reason, 'fr'));
    expect(texts).toContain('Coopération existante : Pays des Écrins ↔ Taliouine');
    expect(texts.some((text) => text.startsWith('Son offre'))).toBe(false); // "gestion" alone is no answer
    const toubkal = lists
      .get('fr-flood-engineers')!
      .find((match) => match.partnerId === 'ma-toubkal')!;
    expect(toubkal.reasons.map((reason) => renderReason(reason, 'fr'))).toContain(
      'Massifs de haute montagne : Alpes ↔ Haut Atlas',
    );
    const withEngineers = forTaliouine[0].reasons.map((reason) => renderReason(reason, 'fr'));
    expect(withEngineers).toContain(
      "Vos régions coopèrent déjà (Auvergne-Rhône-Alpes ↔ Souss-Massa) : Département de l'Isère ↔ Région du Souss-Massa-Drâa",
    );
  });

  it('keeps to the other country, to consenting people, and never suggests oneself', () => {
    expect(partners).not.toContain('ma-taliouine');
    expect(partners).not.toContain('ma-peer');
    expect(partners).not.toContain('fr-withdrawn');
    expect(lists.has('fr-withdrawn')).toBe(false);
    const open = computeMatches(event, { ...options, crossCountryOnly: false }).get(
      'ma-taliouine',
    )!;
    expect(open.map((match) => match.partnerId)).toContain('ma-peer');
  });

  it('keeps a pair with no common language, flagged, with a reason saying so', () => {
    const peerList = computeMatches(event, { ...options, crossCountryOnly: true }).get('ma-peer')!;
    const english = peerList.find((match) => match.partnerId === 'fr-english')!;
    expect(english.needsInterpreter).toBe(true);
    const last = english.reasons.at(-1)!;
    expect(last).toEqual({ kind: 'language', share: 0 });
    expect(renderReason(last, 'fr')).toBe('Pas de langue commune : prévoir un interprète');
    expect(renderReason(last, 'en')).toBe('No common language: plan for an interpreter');
    expect(
      forTaliouine.every((match) => !match.needsInterpreter || match.partnerId === 'fr-english'),
    ).toBe(true);
  });

  it('gives 1 to 4 reasons with shares in [0, 1], ranks from 1, scores in (0, 1], best first', () => {
    for (const list of lists.values()) {
      list.forEach((match, position) => {
        expect(match.rank).toBe(position + 1);
        expect(match.score).toBeGreaterThan(0);
        expect(match.score).toBeLessThanOrEqual(1);
        expect(match.reasons.length).toBeGreaterThanOrEqual(1);
        expect(match.reasons.length).toBeLessThanOrEqual(4);
        for (const reason of match.reasons) {
          expect(reason.share).toBeGreaterThanOrEqual(0);
          expect(reason.share).toBeLessThanOrEqual(1);
        }
        if (position > 0) expect(match.score).toBeLessThanOrEqual(list[position - 1].score);
      });
    }
  });

  it('cuts lists at topK and gives the same lists on every run, whatever the input order', () => {
    const short = computeMatches(event, { ...options, topK: 2 });
    expect(short.get('ma-taliouine')).toHaveLength(2);
    const shuffled = computeMatches([...event].reverse(), options);
    expect(shuffled).toEqual(lists);
  });

  it('breaks ties by partner id', () => {
    const twins = [
      profile('ma-a', { country: 'MA', needs: 'Formation de guides' }),
      profile('fr-b', { offers: 'Formation de guides de montagne' }),
      profile('fr-a', { offers: 'Formation de guides de montagne' }),
    ];
    const list = computeMatches(twins, options).get('ma-a')!;
    expect(list.map((match) => match.partnerId)).toEqual(['fr-a', 'fr-b']);
    expect(list[0].score).toBe(list[1].score);
  });
});

describe('a full run', () => {
  it('explains each pair as a suggestion made on its own does, though a list reuses its details', () => {
    const index = buildMatchIndex(event);
    const open = { ...options, crossCountryOnly: false };
    for (const [id, list] of computeMatches(event, open)) {
      const viewer = index.positionOf.get(id)!;
      for (const match of list) {
        const partner = index.positionOf.get(match.partnerId)!;
        expect(match).toStrictEqual(
          suggestion(index, viewer, partner, match.score, match.rank, open),
        );
      }
    }
  });
});

describe('the one-against-all scorer', () => {
  it('agrees with the pairwise computation on every pair, and is symmetric', () => {
    const index = buildMatchIndex(event);
    const buffers = new ScoringBuffers(index.features.length);
    const open = { ...options, crossCountryOnly: false };
    const all = index.features.map((_, viewer) =>
      Float64Array.from(scoreCandidates(index, viewer, open, buffers)),
    );
    all.forEach((scores, viewer) =>
      scores.forEach((score, partner) => {
        if (score === EXCLUDED) return expect(partner).toBe(viewer);
        expect(score).toBeCloseTo(pairDetails(index, viewer, partner, open).score, 12);
        expect(score).toBeCloseTo(all[partner][viewer], 12);
      }),
    );
  });
});

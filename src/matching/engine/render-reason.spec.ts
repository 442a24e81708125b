import type { ReasonFacts } from './match-types.js';
import { renderReason, renderReasons } from './render-reason.js';

describe('renderReason', () => {
  it.each<[ReasonFacts, string, string]>([
    [
      {
        kind: 'complementarity',
        direction: 'partner-answers-viewer',
        offer: 'prévention des crues',
        need: 'gestion des inondations',
      },
      'Son offre (prévention des crues) répond à votre besoin (gestion des inondations)',
      'Their offer (prévention des crues) answers your need (gestion des inondations)',
    ],
    [
      {
        kind: 'complementarity',
        direction: 'viewer-answers-partner',
        offer: 'gîtes',
        need: 'hébergement',
      },
      'Votre offre (gîtes) répond à son besoin (hébergement)',
      'Your offer (gîtes) answers their need (hébergement)',
    ],
    [
      { kind: 'themes', themes: ['sustainable-tourism', 'cultural-heritage'] },
      'Thèmes communs : tourisme durable, patrimoine culturel',
      'Shared themes: sustainable tourism, cultural heritage',
    ],
    [{ kind: 'themes', themes: ['water'] }, 'Thème commun : eau', 'Shared theme: water'],
    [
      { kind: 'text', words: ['randonnée', 'safran'] },
      'Activités proches : randonnée, safran',
      'Similar activities: randonnée, safran',
    ],
    [
      { kind: 'actors', types: ['collectivite', 'entreprise'] },
      'Acteurs complémentaires : collectivité territoriale ↔ entreprise',
      'Complementary actors: local authority ↔ company',
    ],
    [
      { kind: 'territory', massifs: ['alpes', 'haut-atlas'] },
      'Massifs de haute montagne : Alpes ↔ Haut Atlas',
      'High-mountain ranges: Alpes ↔ Haut Atlas',
    ],
    [
      { kind: 'territory', massifs: ['jura', 'rif'] },
      'Massifs de moyenne montagne : Jura ↔ Rif',
      'Mid-mountain ranges: Jura ↔ Rif',
    ],
    [
      { kind: 'territory', massifs: ['alpes', 'moyen-atlas'] },
      'Massifs de montagne : Alpes ↔ Moyen Atlas',
      'Mountain ranges: Alpes ↔ Moyen Atlas',
    ],
    [
      {
        kind: 'cooperation',
        level: 'place',
        fr: 'Pays des Écrins',
        ma: 'Taliouine',
        frRegion: "Provence-Alpes-Côte d'Azur",
        maRegion: 'Souss-Massa',
      },
      'Coopération existante : Pays des Écrins ↔ Taliouine',
      'Existing cooperation: Pays des Écrins ↔ Taliouine',
    ],
    [
      {
        kind: 'cooperation',
        level: 'region',
        fr: "Département de l'Isère",
        ma: 'Région du Souss-Massa-Drâa',
        frRegion: 'Auvergne-Rhône-Alpes',
        maRegion: 'Souss-Massa',
      },
      "Vos régions coopèrent déjà (Auvergne-Rhône-Alpes ↔ Souss-Massa) : Département de l'Isère ↔ Région du Souss-Massa-Drâa",
      "Your regions already cooperate (Auvergne-Rhône-Alpes ↔ Souss-Massa): Département de l'Isère ↔ Région du Souss-Massa-Drâa",
    ],
    [
      { kind: 'language' },
      'Pas de langue commune : prévoir un interprète',
      'No common language: plan for an interpreter',
    ],
  ])('renders %j', (facts, french, english) => {
    expect(renderReason(facts, 'fr')).toBe(french);
    expect(renderReason(facts, 'en')).toBe(english);
  });

  it('keeps kind and share when rendering a list', () => {
    expect(renderReasons([{ kind: 'themes', themes: ['water'], share: 0.25 }], 'en')).toEqual([
      { kind: 'themes', share: 0.25, text: 'Shared theme: water' },
    ]);
  });
});

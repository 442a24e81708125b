import { analyzeText } from '../../matching/engine/text/analyze-text.js';
import { findConcepts, findConceptsInStems } from './find-concepts.js';

function idsIn(text: string | null | undefined): string[] {
  return findConcepts(text).map((hit) => hit.conceptId);
}

describe('findConcepts', () => {
  it.each([
    'Prévention des crues torrentielles',
    'Gestion des inondations',
    'We build early models of flash floods',
    'Débordement des oueds en aval du barrage',
    'INONDATION',
    'zones inondables',
    'Flooding',
  ])('reads %j as a flood', (text) => {
    expect(idsIn(text)).toContain('natural-risks/flood');
  });

  it('returns the concept id, theme and both labels', () => {
    expect(findConcepts('Prévention des crues torrentielles')).toEqual([
      {
        conceptId: 'natural-risks/flood',
        theme: 'natural-risks',
        label: { fr: 'Crues et inondations', en: 'Floods' },
      },
    ]);
  });

  it.each([
    ['glissements de terrain et éboulements', 'natural-risks/landslide'],
    ['rockfall protection', 'natural-risks/landslide'],
    ['Reconstruction après le séisme', 'natural-risks/earthquake'],
    ['tremblement de terre', 'natural-risks/earthquake'],
    ['lutte contre les feux de forêts', 'natural-risks/wildfire'],
    ['forest fire prevention', 'natural-risks/wildfire'],
    ['systèmes d’alerte précoce', 'natural-risks/early-warning'],
    ['cartographie des aléas', 'natural-risks/risk-mapping'],
    ['hazard mapping', 'natural-risks/risk-mapping'],
    ['irrigation goutte à goutte', 'water/irrigation'],
    ['réhabilitation des khettaras', 'water/traditional-water-systems'],
    ['Sécheresse', 'water/drought'],
    ['gîtes chez l’habitant', 'sustainable-tourism/local-lodging'],
    ['Écotourisme', 'sustainable-tourism/ecotourism'],
    ['greniers collectifs (igoudar)', 'cultural-heritage/kasbahs-ksour'],
    ['Coopérative de safran', 'mountain-agriculture/saffron'],
    ['huile d’argan', 'mountain-agriculture/argan'],
    ['transhumance', 'mountain-agriculture/pastoralism'],
    ['guides de haute montagne', 'training-jobs/mountain-professions'],
    ['cours d’escalade et alpinisme', 'outdoor-sports/climbing'],
  ])('finds %j as %s', (text, conceptId) => {
    expect(idsIn(text)).toContain(conceptId);
  });

  it('ignores accents, case and plural', () => {
    expect(idsIn('ECONOMIE CIRCULAIRE')).toEqual(['circular-economy/circular-models']);
    expect(idsIn('économies circulaires')).toEqual(['circular-economy/circular-models']);
    expect(idsIn('Coopératives Agricoles')).toEqual(['mountain-agriculture/cooperatives']);
    expect(idsIn('cooperative agricole')).toEqual(['mountain-agriculture/cooperatives']);
  });

  it('lists concepts once each, in order of first appearance', () => {
    const text =
      'Circuits de randonnée et gîtes chez l’habitant autour du safran; gîtes et crues, crues.';
    expect(idsIn(text)).toEqual([
      'sustainable-tourism/itinerant-tourism',
      'sustainable-tourism/local-lodging',
      'mountain-agriculture/saffron',
      'natural-risks/flood',
    ]);
  });

  it('keeps the longer wording when a shorter one lies inside it', () => {
    // « forêt » alone is forest management; inside « feux de forêt » it is part of a wildfire.
    expect(idsIn('feux de forêt')).toEqual(['natural-risks/wildfire']);
    expect(idsIn('forêt')).toEqual(['biodiversity/forests']);
    // « crue » alone is a flood; « terre crue » and « lait cru » are not.
    expect(idsIn('Construction en terre crue')).toEqual(['cultural-heritage/earthen-architecture']);
    expect(idsIn('fromages au lait cru')).toEqual(['mountain-agriculture/dairy']);
    expect(idsIn('adaptation au changement climatique')).toEqual([
      'climate-adaptation/adaptation-planning',
    ]);
  });

  it('keeps both of two overlapping wordings', () => {
    // « gestion de l’eau » and « eau potable » share « eau ».
    expect(idsIn('gestion de l’eau potable')).toEqual([
      'water/basin-management',
      'water/drinking-water',
    ]);
  });

  it('matches English wordings in French text and French wordings in English text', () => {
    expect(idsIn('Nous voulons développer le trekking et les flash floods')).toEqual([
      'outdoor-sports/hiking',
      'natural-risks/flood',
    ]);
    expect(idsIn('We support the women cooperatives producing safran')).toEqual([
      'mountain-agriculture/cooperatives',
      'mountain-agriculture/saffron',
    ]);
  });

  it('needs the words of a wording next to each other, in order', () => {
    expect(idsIn('early detection of warning signs')).toEqual([]);
    expect(idsIn('warning early')).toEqual([]);
  });

  it('gives nothing for text naming no concept', () => {
    expect(findConcepts('Nous cherchons des partenaires sérieux au Maroc.')).toEqual([]);
    expect(findConcepts('')).toEqual([]);
    expect(findConcepts(null)).toEqual([]);
    expect(findConcepts(undefined)).toEqual([]);
  });

  it('gives hits the caller may change without changing later answers', () => {
    const [first] = findConcepts('crues');
    first.label.fr = 'changé';
    expect(findConcepts('crues')[0].label.fr).toBe('Crues et inondations');
  });

  it('works on stems already analysed', () => {
    expect(findConceptsInStems(analyzeText('débordement des oueds'))).toEqual(
      findConcepts('débordement des oueds'),
    );
    expect(findConceptsInStems(['debord', 'oued']).map((hit) => hit.conceptId)).toEqual([
      'natural-risks/flood',
    ]);
  });
});

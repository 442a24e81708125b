import { analyzeText, analyzeWords } from './analyze-text.js';

describe('analyzeText', () => {
  it('lets « touristique » meet « tourisme », « irriguer » meet « irrigation »', () => {
    expect(analyzeText('Offre touristique')).toEqual(['offr', 'tourist']);
    expect(analyzeText('Tourisme durable')).toEqual(['tourist', 'durabl']);
    expect(analyzeText('Irriguer les vergers')).toEqual(['irrig', 'verger']);
    expect(analyzeText("Systèmes d'irrigation")).toEqual(['system', 'irrig']);
  });

  it('lets « economie » meet « Économie »', () => {
    expect(analyzeText('economie circulaire')).toEqual(analyzeText('Économie Circulaire'));
    expect(analyzeText('economie circulaire')).toEqual(['econom', 'circulair']);
  });

  it('drops stop words of both languages and elisions, keeps content words in order', () => {
    expect(
      analyzeText("Nous cherchons un partenaire pour la gestion de l'eau dans notre vallée"),
    ).toEqual(['cherchon', 'partenair', 'gestion', 'eau', 'vall']);
    expect(analyzeText('gestion of the water')).toEqual(['gestion', 'water']);
  });

  it('keeps duplicates so callers can count term frequencies', () => {
    expect(analyzeText('crues, crue et crues torrentielles')).toEqual([
      'cru',
      'cru',
      'cru',
      'torrentiel',
    ]);
  });

  it('keeps Arabic-script and Tifinagh words as tokens', () => {
    expect(analyzeText('Coopérative تعاونية الزعفران ⵜⴰⵎⴰⵣⵉⵖⵜ')).toEqual([
      'cooperativ',
      'تعاونية',
      'الزعفران',
      'ⵜⴰⵎⴰⵣⵉⵖⵜ',
    ]);
  });

  it('stems English text with the English stemmer', () => {
    expect(analyzeText('We are building early warning systems for flooding')).toEqual([
      'build',
      'earli',
      'warn',
      'system',
      'flood',
    ]);
  });

  it('stems with the language it is given, whatever the text looks like', () => {
    expect(analyzeText('flooding', 'en')).toEqual(['flood']);
    expect(analyzeText('flooding', 'fr')).toEqual(['flooding']);
  });

  it('drops numbers and gives nothing for empty input', () => {
    expect(analyzeText('2026 15 16')).toEqual([]);
    expect(analyzeText('')).toEqual([]);
    expect(analyzeText(null)).toEqual([]);
    expect(analyzeText(undefined)).toEqual([]);
  });

  it('is deterministic', () => {
    const text = 'Accompagnement pour labelliser une destination de tourisme durable';
    expect(analyzeText(text)).toEqual(analyzeText(text));
    expect(analyzeText(text)).toEqual(['accompagn', 'labellis', 'destin', 'tourist', 'durabl']);
  });
});

describe('analyzeWords', () => {
  it('pairs every stem with the word as it was typed', () => {
    expect(analyzeWords("Gîtes chez l'habitant, près des oueds")).toEqual([
      { word: 'Gîtes', stem: 'git' },
      { word: 'habitant', stem: 'habit' },
      { word: 'près', stem: 'pre' },
      { word: 'oueds', stem: 'oued' },
    ]);
  });

  it('gives the stems analyzeText gives', () => {
    const text =
      "Œuvre de l'Association des Randonneurs : débordements d'oueds — flash floods 2024 ⵜⴰⵎⴰⵣⵉⵖⵜ";
    expect(analyzeWords(text).map(({ stem }) => stem)).toEqual(analyzeText(text));
  });
});

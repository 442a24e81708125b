import { detectLanguage } from './detect-language.js';

describe('detectLanguage', () => {
  it.each([
    ['Nous cherchons un partenaire pour la gestion des crues dans notre vallée', 'fr'],
    ["Circuits de randonnée et gîtes chez l'habitant autour du safran", 'fr'],
    ['We are looking for a partner with experience in flood early warning', 'en'],
    ['Our cooperative sells saffron and argan oil to European buyers', 'en'],
  ])('reads %j as %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('gives French, the main language of the event, on a tie or without evidence', () => {
    expect(detectLanguage('flash floods')).toBe('fr');
    expect(detectLanguage('the crues de la vallée')).toBe('fr');
    expect(detectLanguage('')).toBe('fr');
    expect(detectLanguage(null)).toBe('fr');
  });

  it('does not count words that are stop words in both languages', () => {
    // « on » and « me » are in both lists; « the » is the only evidence.
    expect(detectLanguage('on me the')).toBe('en');
  });
});

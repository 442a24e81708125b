import { emailLanguage } from './email-language.js';

describe('emailLanguage', () => {
  it.each([
    [['fr', 'ar', 'zgh'], 'fr'],
    [['fr', 'en'], 'fr'],
    [['en'], 'en'],
    [['en', 'ar'], 'en'],
    [['ar'], 'fr'],
    [[], 'fr'],
  ])('%j → %s', (languages, expected) => {
    expect(emailLanguage(languages)).toBe(expected);
  });
});

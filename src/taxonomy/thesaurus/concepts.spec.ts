import { analyzeText } from '../../matching/engine/text/analyze-text.js';
import { foldText } from '../../common/fold-text.js';
import { THEME_SLUGS } from '../themes.js';
import { CONCEPTS, conceptById } from './concepts.js';
import { compileWordings } from './find-concepts.js';

describe('CONCEPTS', () => {
  it('gives every theme at least 4 concepts', () => {
    for (const theme of THEME_SLUGS) {
      const count = CONCEPTS.filter((concept) => concept.theme === theme).length;
      expect({ theme, enough: count >= 4 }).toEqual({ theme, enough: true });
    }
  });

  it('names each concept `<theme>/<name>`, uniquely, with labels in both languages', () => {
    const ids = CONCEPTS.map((concept) => concept.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const concept of CONCEPTS) {
      expect(concept.id).toMatch(new RegExp(`^${concept.theme}/[a-z]+(-[a-z]+)*$`));
      expect(concept.labelFr.length).toBeGreaterThan(0);
      expect(concept.labelEn.length).toBeGreaterThan(0);
    }
  });

  it('puts no wording under two concepts, even once analysed', () => {
    const ownerOfWording = new Map<string, string>();
    for (const concept of CONCEPTS) {
      for (const wording of concept.wordings) {
        const key = foldText(wording);
        const owner = ownerOfWording.get(key) ?? concept.id;
        expect({ wording, owner }).toEqual({ wording, owner: concept.id });
        ownerOfWording.set(key, concept.id);
      }
    }
    const ownerOfStems = new Map<string, string>();
    for (const { stems, hit } of compileWordings()) {
      const key = stems.join(' ');
      const owner = ownerOfStems.get(key) ?? hit.conceptId;
      expect({ stems: key, owner }).toEqual({ stems: key, owner: hit.conceptId });
      ownerOfStems.set(key, hit.conceptId);
    }
  });

  it('gives every wording at least one stem in either language', () => {
    for (const concept of CONCEPTS) {
      for (const wording of concept.wordings) {
        expect({ wording, fr: analyzeText(wording, 'fr').length > 0 }).toEqual({
          wording,
          fr: true,
        });
        expect({ wording, en: analyzeText(wording, 'en').length > 0 }).toEqual({
          wording,
          en: true,
        });
      }
    }
  });

  it('finds a concept by id', () => {
    expect(conceptById('natural-risks/flood')).toMatchObject({
      theme: 'natural-risks',
      labelFr: 'Crues et inondations',
      labelEn: 'Floods',
    });
    expect(conceptById('natural-risks/unknown')).toBeUndefined();
  });
});

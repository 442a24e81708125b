import { keyPaths } from './locale-tree';
import { FEATURE_LOCALES } from './resources';

describe('The console texts', () => {
  it.each(Object.keys(FEATURE_LOCALES))(
    'of %s have the same keys in French and English',
    (name) => {
      const { fr, en } = FEATURE_LOCALES[name];
      expect(keyPaths(en)).toEqual(keyPaths(fr));
    },
  );

  it('have no empty text', () => {
    for (const { fr, en } of Object.values(FEATURE_LOCALES)) {
      for (const tree of [fr, en]) {
        const leaves = JSON.stringify(tree).match(/:""/g);
        expect(leaves).toBeNull();
      }
    }
  });
});

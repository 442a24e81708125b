import { foldText } from '../../../common/fold-text.js';

// Administrative words around a place name: "Département de l'Isère" is "isere" in a profile.
const GENERIC_PREFIX =
  /^(departement|region|province|commune|groupement|parc naturel regional|parc national|pays|metropole|communaute de communes|ville)( (de la|de l|des|du|de|d))?\s+/;
const GENERIC_SUFFIX = /\s+(metropole|agglomeration)$/;

/** The folded core of a place name, to look for in a profile's text. */
export function placeCore(name: string): string {
  let core = foldText(name);
  for (let previous = ''; previous !== core;) {
    previous = core;
    core = core.replace(GENERIC_PREFIX, '').replace(GENERIC_SUFFIX, '');
  }
  return core.replace(/^grand /, '');
}

/** True when `core` appears in `foldedText` as whole words. */
export function mentionsPlace(foldedText: string, core: string): boolean {
  if (core.length < 3) return false;
  const at = foldedText.indexOf(core);
  if (at < 0) return false;
  const before = at === 0 ? ' ' : foldedText[at - 1];
  const after = foldedText[at + core.length] ?? ' ';
  return !/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after);
}

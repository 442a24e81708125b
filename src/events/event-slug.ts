import { foldText } from '../common/fold-text.js';

/** "Rencontres Franco-Marocaines 2026" → "rencontres-franco-marocaines-2026". */
export function slugFromName(name: string): string {
  return foldText(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
}

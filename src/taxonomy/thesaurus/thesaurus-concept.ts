import type { ThemeSlug } from '../themes.js';

/** A sub-concept of a theme and the ways French and English registration text names it. */
export interface ThesaurusConcept {
  /** `<theme>/<name>`, stable: stored in match reasons. */
  readonly id: string;
  readonly theme: ThemeSlug;
  readonly labelFr: string;
  readonly labelEn: string;
  /** French and English wordings, multi-word allowed; accents, case and plurals do not matter. */
  readonly wordings: readonly string[];
}

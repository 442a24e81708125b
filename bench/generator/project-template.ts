import type { OrganisationType } from '../../src/taxonomy/organisation-types.js';
import type { ThemeSlug } from '../../src/taxonomy/themes.js';

export type EventCountry = 'FR' | 'MA';

/** Who can hold one side of a project: organisation types per country. */
export type ProjectSide = Readonly<Partial<Record<EventCountry, readonly OrganisationType[]>>>;

/** The ways people write one side of a project, from full sentences down to one word. */
export interface ProjectWordings {
  fr: readonly string[];
  en: readonly string[];
  /** What a hurried registrant types: one or two words. */
  short: readonly string[];
}

/**
 * A latent project: some participants need it, others offer what answers it. The need and the
 * offer are worded apart on purpose, as people do (« gestion des inondations » vs « prévention des
 * crues torrentielles »), so that matching on shared words alone is not enough.
 */
export interface ProjectTemplate {
  slug: string;
  /** The themes the project really belongs to (declared themes are a noisy copy of these). */
  themes: readonly ThemeSlug[];
  needers: ProjectSide;
  offerers: ProjectSide;
  need: ProjectWordings;
  offer: ProjectWordings;
}

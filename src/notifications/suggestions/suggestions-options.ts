/** What an organiser chooses for a suggested-contacts mailing. */
export interface SuggestionsOptions {
  /** Partners listed per e-mail, best first. */
  limit: number;
}

export const DEFAULT_SUGGESTIONS_LIMIT = 5;
export const MAX_SUGGESTIONS_LIMIT = 20;

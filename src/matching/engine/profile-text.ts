import type { MatchProfile } from './match-types.js';

/** The free text of a profile that the "text" part compares: what they do and in which sector. */
export function descriptionText(profile: MatchProfile): string {
  return [profile.sector, profile.description].filter(Boolean).join('. ');
}

/** Every piece of free text, for concepts that count towards themes. */
export function allText(profile: MatchProfile): string {
  return [profile.sector, profile.offers, profile.needs, profile.description]
    .filter(Boolean)
    .join('. ');
}

/** "Prévention des crues; cartographie des aléas. Formation" → three clauses, trimmed. */
export function splitClauses(text: string | null): string[] {
  if (!text) return [];
  return text
    .split(/[.;:!?\n•]+|,\s+(?=\p{L})/u)
    .map((clause) => clause.trim())
    .filter((clause) => clause.length > 1);
}

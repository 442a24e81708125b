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

// Breaks, and the spaces trimmed around them, fold to neither letters nor digits: the words of a
// text are its pieces' words end to end, which profile analysis relies on.
const CLAUSE_BREAK = /[.;:!?\n•]+|,\s+(?=\p{L})/u;

/** "Prévention des crues; cartographie des aléas. Formation" → three clauses, trimmed. */
export function splitClauses(text: string | null): string[] {
  return clausePieces(text).filter(isClause);
}

/** The text between clause breaks, trimmed, each piece whether a clause or not. */
export function clausePieces(text: string | null): string[] {
  if (!text) return [];
  return text.split(CLAUSE_BREAK).map((piece) => piece.trim());
}

/** One character between two breaks is no clause. */
export function isClause(piece: string): boolean {
  return piece.length > 1;
}

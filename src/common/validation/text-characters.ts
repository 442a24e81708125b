/**
 * Characters people never type into a form field but that forge what others see: line
 * breaks start new lines in plain-text e-mails and spreadsheets, control characters drive
 * terminals and break exports, and bidirectional overrides make "gpj.exe" read "exe.jpg".
 */

/** `single-line` for names and the like; `multi-line` text may keep tab, LF and CR. */
export type TextLines = 'single-line' | 'multi-line';

const LINE_BREAKS = /[\r\n]/;
// C0 (bar tab, LF, CR, allowed in multi-line text), DEL, C1, and the Unicode line and paragraph
// separators, which some mail clients and editors also break lines on.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029]/;
const TAB = /\t/;
// Embeddings, overrides (U+202A–U+202E) and isolates (U+2066–U+2069). The plain marks (LRM,
// RLM, ALM) stay allowed: Arabic and mixed-script names legitimately carry them.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;

/** Why `text` is refused for a field named `field`, or `undefined` when it is fine. */
export function forbiddenCharacterReason(
  field: string,
  text: string,
  lines: TextLines,
): string | undefined {
  if (lines === 'single-line' && LINE_BREAKS.test(text)) {
    return `${field} must be a single line (no line breaks)`;
  }
  const control = CONTROLS.exec(text) ?? (lines === 'single-line' ? TAB.exec(text) : null);
  if (control) {
    return `${field} must not contain control characters (found ${codePoint(control[0])})`;
  }
  const bidi = BIDI_CONTROLS.exec(text);
  if (bidi) {
    return `${field} must not contain bidirectional override characters (found ${codePoint(bidi[0])})`;
  }
  return undefined;
}

function codePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

const COMBINING_MARKS = /\p{Mn}/gu;
const APOSTROPHES = /['‘’ʼ`´]/g;
const SEPARATORS = /[-‐‑‒–—_/\\]/g;
const WHITESPACE = /\s+/g;

/**
 * Comparison key for human wordings: accent-, case- and punctuation-insensitive.
 * Only combining marks go, so Arabic and Tifinagh letters survive (Arabic vowel signs do not).
 */
export function foldText(input: string): string {
  return foldCodeUnitWise(input) ?? foldWholeText(input);
}

/** The definition of {@link foldText}, pass after pass over the whole text. */
export function foldWholeText(input: string): string {
  return (
    input
      .normalize('NFKD')
      .replace(COMBINING_MARKS, '')
      .toLowerCase()
      // French ligatures have no Unicode decomposition: « œuvre » must meet « oeuvre ».
      .replace(/œ/g, 'oe')
      .replace(/æ/g, 'ae')
      .replace(APOSTROPHES, ' ')
      .replace(SEPARATORS, ' ')
      .replace(WHITESPACE, ' ')
      .trim()
  );
}

/*
 * Registration text is Latin letters, accents, punctuation and typographic signs. There, folding
 * acts on each code unit alone: every mark a decomposition yields is dropped (so their canonical
 * reordering cannot show) and no case mapping looks at its neighbours (only Greek final sigma
 * does). Such text is folded in one pass through a table of each code unit's folding: several
 * times faster than the passes above, and V8 then stores the result one byte per character,
 * which makes splitting and hashing its words faster still. Other text takes the passes above.
 */
const CODE_UNIT_WISE_RANGES: readonly (readonly [from: number, to: number])[] = [
  [0x0000, 0x0370], // Latin, IPA, spacing modifiers, combining diacritical marks
  [0x2000, 0x2070], // general punctuation: typographic spaces, dashes, quotes, ellipsis
  [0x20a0, 0x20c0], // currency signs
];
const CODE_UNIT_WISE_END = CODE_UNIT_WISE_RANGES[CODE_UNIT_WISE_RANGES.length - 1][1];

/** Each code unit's folding on its own, minus spacing; null outside the ranges above. */
const FOLDED_CODE_UNITS: readonly (string | null)[] = Array.from(
  { length: CODE_UNIT_WISE_END },
  (_, unit) =>
    CODE_UNIT_WISE_RANGES.some(([from, to]) => unit >= from && unit < to)
      ? String.fromCharCode(unit)
          .normalize('NFKD')
          .replace(COMBINING_MARKS, '')
          .toLowerCase()
          .replace(/œ/g, 'oe')
          .replace(/æ/g, 'ae')
      : null,
);

/** The one unit a code unit folds to when it folds to exactly one (most do), else -1. */
const SINGLE_FOLDED_UNIT = Int32Array.from(FOLDED_CODE_UNITS, (folding) =>
  folding?.length === 1 ? folding.charCodeAt(0) : -1,
);

/** What the passes above turn into a space: whitespace, APOSTROPHES and SEPARATORS. */
const SPACE_LIKE = /[\s'‘’ʼ`´\-‐‑‒–—_/\\]/;

/**
 * True when {@link foldText} folds `text` code unit by code unit (see above). Then, cut at
 * characters that fold to neither letters nor digits, the text folds piece by piece: its pieces'
 * words, end to end, are its words.
 */
export function foldsUnitByUnit(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit >= CODE_UNIT_WISE_END || FOLDED_CODE_UNITS[unit] === null) return false;
  }
  return true;
}

/** {@link foldText} by the table, or null when the text has a code unit outside it. */
function foldCodeUnitWise(input: string): string | null {
  const folded = new FoldedUnits(input.length);
  for (let i = 0; i < input.length; i += 1) {
    const unit = input.charCodeAt(i);
    if (unit >= CODE_UNIT_WISE_END) return null;
    const single = SINGLE_FOLDED_UNIT[unit];
    if (single >= 0) folded.add(single);
    else {
      const folding = FOLDED_CODE_UNITS[unit];
      if (folding === null) return null;
      for (let k = 0; k < folding.length; k += 1) folded.add(folding.charCodeAt(k));
    }
  }
  return folded.text();
}

/** Folded code units, runs of space-like ones made one space and dropped at either end. */
class FoldedUnits {
  private readonly units: number[];
  private length = 0;
  private spaceDue = false;

  /** Room for `expected` units up front (most fold one for one): the array rarely grows. */
  constructor(expected: number) {
    this.units = new Array<number>(expected);
  }

  add(unit: number): void {
    if (isSpaceLike(unit)) {
      this.spaceDue = this.length > 0;
      return;
    }
    if (this.spaceDue) this.units[this.length++] = 0x20;
    this.spaceDue = false;
    this.units[this.length++] = unit;
  }

  text(): string {
    this.units.length = this.length;
    return stringOfCodeUnits(this.units);
  }
}

const SPACE_LIKE_UNITS = Uint8Array.from({ length: CODE_UNIT_WISE_END }, (_, unit) =>
  SPACE_LIKE.test(String.fromCharCode(unit)) ? 1 : 0,
);

function isSpaceLike(unit: number): boolean {
  return unit < CODE_UNIT_WISE_END
    ? SPACE_LIKE_UNITS[unit] === 1
    : SPACE_LIKE.test(String.fromCharCode(unit));
}

// fromCharCode takes its units as arguments: a few thousand at a time stay clear of stack limits.
const CHUNK = 4096;

function stringOfCodeUnits(units: number[]): string {
  if (units.length <= CHUNK) return String.fromCharCode(...units);
  let text = '';
  for (let start = 0; start < units.length; start += CHUNK) {
    text += String.fromCharCode(...units.slice(start, start + CHUNK));
  }
  return text;
}

/** Deeper than any body of ours; deep enough to stop validation recursing off the stack. */
export const MAX_JSON_DEPTH = 32;

/**
 * How deeply a JSON text nests arrays and objects, read in one pass without parsing (strings
 * are skipped, escapes included). Stops counting once past `limit`.
 */
export function jsonDepthExceeds(text: Buffer, limit = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const byte = text[i];
    if (inString) {
      if (byte === 0x5c)
        i++; // backslash: skip the escaped character
      else if (byte === 0x22) inString = false;
    } else if (byte === 0x22) inString = true;
    else if (byte === 0x5b || byte === 0x7b) {
      if (++depth > limit) return true;
    } else if (byte === 0x5d || byte === 0x7d) depth--;
  }
  return false;
}

/** body-parser's `verify` hook: a too-deep body is a 400 before it is parsed. */
export function refuseDeepJson(_request: unknown, _response: unknown, body: Buffer): void {
  if (jsonDepthExceeds(body)) {
    throw Object.assign(new Error(`JSON nested deeper than ${MAX_JSON_DEPTH} levels`), {
      status: 400,
      type: 'entity.too.deep',
    });
  }
}

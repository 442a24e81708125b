import type { StoredMatch } from '../match-list.entity.js';

/** The list must be ranked again from the whole index: who comes next is not in it. */
export const RANK_AGAIN = null;

/**
 * A stored list with one partner put at their place, or taken out (`entry` null), without
 * ranking the list again: entries go by score, then partner id. Returns `entries` itself when
 * nothing changes, and RANK_AGAIN when the partner leaves a full list or drops to its last
 * place: someone outside the list may then rank before them.
 */
export function placeInList(
  entries: readonly StoredMatch[],
  partnerId: string,
  entry: StoredMatch | null,
  k: number,
): readonly StoredMatch[] | typeof RANK_AGAIN {
  const others = entries.filter((other) => other.partnerId !== partnerId);
  const held = others.length < entries.length;
  const full = entries.length >= k;
  if (!entry) return !held ? entries : full ? RANK_AGAIN : others;
  let at = 0;
  while (at < others.length && !ranksBefore(entry, others[at])) at += 1;
  if (held && full && at === others.length) return RANK_AGAIN;
  if (at >= k) return entries;
  return [...others.slice(0, at), entry, ...others.slice(at)].slice(0, k);
}

function ranksBefore(a: StoredMatch, b: StoredMatch): boolean {
  return a.score > b.score || (a.score === b.score && a.partnerId < b.partnerId);
}

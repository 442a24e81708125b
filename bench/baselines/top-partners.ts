/**
 * The `k` best candidates by score, ties broken by id (ascending) so every run gives the same
 * list. A bounded sorted buffer: cheaper than sorting a thousand candidates to keep fifty.
 */
export function topPartners(
  candidates: readonly number[],
  score: (index: number) => number,
  ids: readonly string[],
  k: number,
): string[] {
  const best: { index: number; score: number }[] = [];
  const before = (a: { index: number; score: number }, b: { index: number; score: number }) =>
    a.score > b.score || (a.score === b.score && ids[a.index] < ids[b.index]);
  for (const index of candidates) {
    const entry = { index, score: score(index) };
    if (best.length === k && !before(entry, best[k - 1])) continue;
    let low = 0;
    let high = best.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (before(best[middle], entry)) low = middle + 1;
      else high = middle;
    }
    best.splice(low, 0, entry);
    if (best.length > k) best.pop();
  }
  return best.map((entry) => ids[entry.index]);
}

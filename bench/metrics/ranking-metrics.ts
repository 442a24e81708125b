/**
 * Offline ranking metrics for one participant's suggested partners. `gains` holds the graded
 * relevance of each relevant partner (absent = 0); gains are used linearly (DCG = Σ gain / log2(rank + 1)).
 */
export function ndcgAt(
  k: number,
  ranked: readonly string[],
  gains: ReadonlyMap<string, number>,
): number {
  let dcg = 0;
  for (let i = 0; i < Math.min(k, ranked.length); i++) {
    dcg += (gains.get(ranked[i]) ?? 0) / Math.log2(i + 2);
  }
  const ideal = [...gains.values()].sort((a, b) => b - a);
  let idcg = 0;
  for (let i = 0; i < Math.min(k, ideal.length); i++) idcg += ideal[i] / Math.log2(i + 2);
  return idcg === 0 ? 0 : dcg / idcg;
}

/** Share of the relevant partners found in the first `k` suggestions (0 when none is relevant). */
export function recallAt(
  k: number,
  ranked: readonly string[],
  relevant: ReadonlySet<string>,
): number {
  if (relevant.size === 0) return 0;
  let found = 0;
  for (const partner of ranked.slice(0, k)) if (relevant.has(partner)) found++;
  return found / relevant.size;
}

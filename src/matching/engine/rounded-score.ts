/** Scores are kept to the last bit (lists are ordered by them) and shown to four decimals. */
export function roundedScore(score: number): number {
  return Math.round(score * 10_000) / 10_000;
}

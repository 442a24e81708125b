import { ColumnCandidates } from './column-candidates.js';
import { rankedFromScores } from './compute-matches.js';
import { countryCode, MatchIndex } from './match-index.js';
import type { Match, MatchOptions } from './match-types.js';
import { scoreCandidates, ScoringBuffers } from './score-candidates.js';

/**
 * A run between two countries scores each pair once. A score is the same from both sides (to
 * the last bit: the sums run over the shared terms in term order, and every table is
 * symmetric), so the participants of one country, the rows, are scored against those of the
 * other, the columns; each score goes to the row's list and is offered to the column's (see
 * ColumnCandidates). The columns' lists are then explained from their best rows. The pairwise
 * work, most of a run, is halved; the lists are the ones a one-sided ranking gives.
 */
export interface RunSides {
  /** Positions of the rows' country, then of the columns' country, in position order. */
  rows: Int32Array;
  columns: Int32Array;
  rowCountry: number;
}

/**
 * The two sides of a run over `index`, or null when pairs cannot be scored once: partners from
 * the same country allowed, not exactly two countries (or none of them `rowCountry`), or
 * positions added since the build. Without `rowCountry`, as rowCountryOf chooses.
 */
export function runSides(
  index: MatchIndex,
  options: MatchOptions,
  rowCountry?: string,
): RunSides | null {
  if (!options.crossCountryOnly || index.postingsSize !== index.features.length) return null;
  const codes = [...index.partnersAbroad.keys()].sort((a, b) => a - b);
  if (codes.length !== 2) return null;
  const [first, second] = codes;
  // Partners abroad of one country are the other country's positions.
  const firstPositions = index.partnersAbroad.get(second)!;
  const secondPositions = index.partnersAbroad.get(first)!;
  const rows =
    rowCountry === undefined
      ? firstPositions.length <= secondPositions.length
        ? first
        : second
      : countryCode(rowCountry);
  if (rows === first) return { rows: firstPositions, columns: secondPositions, rowCountry: first };
  if (rows === second)
    return { rows: secondPositions, columns: firstPositions, rowCountry: second };
  return null;
}

/**
 * The rows of a run between two countries, from their participant counts: the smaller country
 * (fewer best rows to hand over), on a tie the first in code order; null unless two countries.
 */
export function rowCountryOf(counts: ReadonlyMap<string, number>): string | null {
  if (counts.size !== 2) return null;
  const [[first, firstCount], [second, secondCount]] = [...counts].sort(([a], [b]) =>
    a < b ? -1 : 1,
  );
  return firstCount <= secondCount ? first : second;
}

/**
 * The lists of `rows` (positions of the rows' country, increasing), each scored once against
 * every column; every score is also offered to `candidates` for the columns' lists.
 */
export function rankRows(
  index: MatchIndex,
  sides: RunSides,
  rows: Int32Array,
  options: MatchOptions,
  candidates: ColumnCandidates,
  buffers = new ScoringBuffers(index.features.length),
): Map<string, Match[]> {
  const lists = new Map<string, Match[]>();
  for (const viewer of rows) {
    const scores = scoreCandidates(index, viewer, options, buffers, sides.columns);
    lists.set(
      index.features[viewer].profile.id,
      rankedFromScores(index, viewer, scores, sides.columns, options),
    );
    candidates.offerRow(viewer, sides.columns, scores);
  }
  return lists;
}

/**
 * The list of the column participant at `viewer`, from the best rows the row passes kept for
 * it (`rows[i]` scored `rowScores[i]`; one pass's entries or several passes' together).
 */
export function columnList(
  index: MatchIndex,
  viewer: number,
  rows: Int32Array,
  rowScores: Float64Array,
  options: MatchOptions,
  buffers: ScoringBuffers,
): Match[] {
  const scores = buffers.scores;
  for (let i = 0; i < rows.length; i += 1) scores[rows[i]] = rowScores[i];
  return rankedFromScores(index, viewer, scores, rows, options);
}

/** Every list of a two-sided run in one process: the rows in one pass, then the columns. */
export function rankBothSides(
  index: MatchIndex,
  sides: RunSides,
  options: MatchOptions,
): Map<string, Match[]> {
  const buffers = new ScoringBuffers(index.features.length);
  const candidates = new ColumnCandidates(sides.columns.length, options.topK);
  const lists = rankRows(index, sides, sides.rows, options, candidates, buffers);
  sides.columns.forEach((viewer, column) => {
    const { rows, scores } = candidates.entriesOf(column);
    lists.set(
      index.features[viewer].profile.id,
      columnList(index, viewer, rows, scores, options, buffers),
    );
  });
  return lists;
}

import { rankedMatches } from '../engine/compute-matches.js';
import type { MatchIndex } from '../engine/match-index.js';
import type { Match, MatchOptions } from '../engine/match-types.js';
import { ScoringBuffers } from '../engine/score-candidates.js';

/** Runs once per slice of viewers: the caller yields to the event loop and reports progress. */
export type SliceDone = (done: number, total: number) => Promise<void>;

/** Viewers ranked between two calls of SliceDone, so BullMQ can renew the job's lock. */
export const VIEWERS_PER_SLICE = 50;

/** The lists of `viewers` (positions), each ranked on its own against the whole index. */
export async function rankEachInSlices(
  index: MatchIndex,
  viewers: Int32Array,
  options: MatchOptions,
  sliceDone: SliceDone,
  buffers = new ScoringBuffers(index.features.length),
): Promise<Map<string, Match[]>> {
  const lists = new Map<string, Match[]>();
  for (let start = 0; start < viewers.length; start += VIEWERS_PER_SLICE) {
    const slice = viewers.subarray(start, start + VIEWERS_PER_SLICE);
    for (const viewer of slice)
      lists.set(index.features[viewer].profile.id, rankedMatches(index, viewer, options, buffers));
    await sliceDone(start + slice.length, viewers.length);
  }
  return lists;
}

import { suggestion } from '../engine/compute-matches.js';
import type { MatchIndex } from '../engine/match-index.js';
import type { MatchOptions } from '../engine/match-types.js';
import { EXCLUDED } from '../engine/score-candidates.js';
import type { StoredMatch } from '../match-list.entity.js';
import { toStored } from '../match-lists-writer.js';
import type { Arrival } from './arrivals-writer.js';

/** A stored list as far as a newcomer needs to know: whether it is full, and its k-th score. */
export interface ListState {
  full: boolean;
  lowestScore: number;
}

/** The participant as just scored against every candidate (see scoreCandidates). */
export interface ScoredParticipant {
  position: number;
  scores: Float64Array;
  candidates: Int32Array;
}

/** The other lists a participant's change touches, by how each is to be changed. */
export interface AffectedLists {
  /** Lists that hold them (or held someone erased), with their score there now (null: out). */
  holding: Map<string, number | null>;
  /** Lists they enter, each with the entry to put in. */
  arrivals: Arrival[];
  /** Viewers with no stored list yet (nobody suggested so far): this is its first entry. */
  firstLists: Map<string, StoredMatch[]>;
}

/**
 * Sorts the lists of the run by what the participant's new scores do to them. Scores are
 * symmetric, so the participant's scores against everyone are everyone's scores of them.
 * `participant` is null when they left the index (erased, or no longer consenting).
 */
export function affectedLists(
  index: MatchIndex,
  participant: ScoredParticipant | null,
  states: ReadonlyMap<string, ListState>,
  holders: readonly string[],
  options: MatchOptions,
): AffectedLists {
  const holding = new Map<string, number | null>(holders.map((viewer) => [viewer, null]));
  const arrivals: Arrival[] = [];
  const firstLists = new Map<string, StoredMatch[]>();
  if (!participant) return { holding, arrivals, firstLists };
  const { position, scores, candidates } = participant;
  for (const viewer of candidates) {
    const score = scores[viewer];
    if (score === EXCLUDED) continue;
    const id = index.features[viewer].profile.id;
    if (holding.has(id)) holding.set(id, score > 0 ? score : null);
    else if (mayEnter(states.get(id), score)) {
      const entry = toStored(suggestion(index, viewer, position, score, 0, options));
      if (states.has(id)) arrivals.push({ viewerId: id, entry });
      else firstLists.set(id, [entry]);
    }
  }
  return { holding, arrivals, firstLists };
}

/** A list they are not in may take them: it has room, or their score reaches its last. */
function mayEnter(state: ListState | undefined, score: number): boolean {
  // An equal score may still enter, by partner id: insertIntoLists decides.
  return score > 0 && (!state?.full || score >= state.lowestScore);
}

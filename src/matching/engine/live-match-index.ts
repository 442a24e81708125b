import {
  assembleIndex,
  candidateLists,
  emptyColumns,
  IndexColumns,
  MatchIndex,
  profileFeatures,
  setColumns,
  termsOf,
  TextModel,
} from './match-index.js';
import type { MatchProfile } from './match-types.js';
import type { ProfileAnalysis } from './profile-analysis.js';

/**
 * A match index that takes registrations, changes and departures after it was built, so that
 * an incremental update costs a few milliseconds instead of a rebuild.
 *
 * The text model stays the one of the build, as a fitted TF-IDF model scores new documents:
 * words it was not fitted on are left out until the next full run. Every list of a run is thus
 * scored on one scale, by every worker alike. A changed or new profile takes a new position at the end, outside
 * the postings (it is scored pairwise), and its old position is marked removed; `compact`
 * folds them back into postings when they grow numerous.
 *
 * The index it starts from is not modified: a worker may still be using it for a run.
 */
export class LiveMatchIndex {
  private current: MatchIndex;

  constructor(base: MatchIndex) {
    this.current = {
      ...base,
      concepts: base.concepts.clone(),
      features: [...base.features],
      positionOf: new Map(base.positionOf),
      removed: base.removed.slice(),
    };
  }

  get index(): MatchIndex {
    return this.current;
  }

  /** Positions scored pairwise rather than through postings (changed or new since the build). */
  get appended(): number {
    return this.current.features.length - this.current.postingsSize;
  }

  /** The profile version indexed for a participant; undefined when not indexed. */
  versionOf(id: string): number | undefined {
    const position = this.current.positionOf.get(id);
    return position === undefined ? undefined : this.current.features[position].profile.version;
  }

  indexedIds(): IterableIterator<string> {
    return this.current.positionOf.keys();
  }

  /** Indexes a new or changed profile; one who no longer consents leaves the index. */
  upsert(profile: MatchProfile, analysis: ProfileAnalysis): void {
    this.remove(profile.id);
    if (!profile.consentMatching) return;
    const index = this.current;
    const terms = termsOf(analysis, index.words, false);
    const features = profileFeatures(profile, analysis, terms, index);
    const position = index.features.length;
    const columns = grownColumns(index, position + 1);
    setColumns(columns, position, features);
    const removed = new Uint8Array(position + 1);
    removed.set(index.removed);
    index.features.push(features);
    index.positionOf.set(profile.id, position);
    this.current = {
      ...index,
      ...columns,
      removed,
      ...candidateLists(columns.country),
    };
  }

  /** Takes a participant out of the index (erased, or no longer consenting). */
  remove(id: string): boolean {
    const position = this.current.positionOf.get(id);
    if (position === undefined) return false;
    this.current.removed[position] = 1;
    this.current.positionOf.delete(id);
    return true;
  }

  /**
   * Rebuilds the postings over the profiles indexed now, in id order, with the same text model:
   * scores do not change, pairwise scoring of appended positions stops.
   */
  compact(): void {
    const index = this.current;
    const live = index.features
      .filter((_, position) => !index.removed[position])
      .sort((a, b) => (a.profile.id < b.profile.id ? -1 : 1));
    this.current = assembleIndex(live, textModel(index));
  }
}

function textModel(index: MatchIndex): TextModel {
  const { words, concepts, wordIdf, themeIdf } = index;
  return { words, concepts, wordIdf, themeIdf };
}

/** The hot loop's columns with room for `size` positions, the current ones copied. */
function grownColumns(index: MatchIndex, size: number): IndexColumns {
  const columns = emptyColumns(size);
  for (const name of Object.keys(columns) as (keyof IndexColumns)[]) columns[name].set(index[name]);
  return columns;
}

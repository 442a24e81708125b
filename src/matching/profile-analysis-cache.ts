import { Injectable } from '@nestjs/common';
import type { MatchProfile } from './engine/match-types.js';
import { analyseProfile, ProfileAnalysis } from './engine/profile-analysis.js';

/** Enough for the largest events foreseen, several times over; then it starts afresh. */
const MAX_ENTRIES = 200_000;

/**
 * Keeps each profile's analysis (stems, concepts, clauses) between index builds in a worker:
 * an incremental update re-analyses the one profile that changed, not the whole event.
 */
@Injectable()
export class ProfileAnalysisCache {
  private readonly entries = new Map<string, ProfileAnalysis>();

  readonly analyse = (profile: MatchProfile): ProfileAnalysis => {
    if (profile.version === undefined) return analyseProfile(profile);
    const key = `${profile.id}:${profile.version}`;
    let analysis = this.entries.get(key);
    if (!analysis) {
      analysis = analyseProfile(profile);
      if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
      this.entries.set(key, analysis);
    }
    return analysis;
  };
}

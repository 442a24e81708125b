import { Injectable } from '@nestjs/common';
import type { MatchIndex } from './engine/match-index.js';

/**
 * Keeps the last index a worker built, so the shards of one run that land on the same process
 * build it once. One entry: an index of 20,000 profiles is large, and runs come one at a time.
 */
@Injectable()
export class MatchIndexCache {
  private entry: { key: string; index: Promise<MatchIndex> } | null = null;

  get(key: string, build: () => Promise<MatchIndex>): Promise<MatchIndex> {
    if (this.entry?.key !== key) {
      const index = build();
      this.entry = { key, index };
      index.catch(() => this.forget(key));
    }
    return this.entry.index;
  }

  forget(key: string): void {
    if (this.entry?.key === key) this.entry = null;
  }
}

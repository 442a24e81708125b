import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { LiveMatchIndex } from '../engine/live-match-index.js';
import { loadMatchProfiles } from '../matching-profiles.js';
import { ProfileAnalysisCache } from '../profile-analysis-cache.js';
import { RunIndexes } from '../run-indexes.js';

/** Events whose live index a worker keeps at once; the least recently used goes first. */
const MAX_EVENTS = 4;
/** An event without updates for this long gives its memory back. */
const IDLE_MS = 15 * 60_000;
/** Appended positions are scored pairwise: past this share of the index, rebuild postings. */
const COMPACT_SHARE = 0.05;
const COMPACT_MIN = 200;

interface LiveEntry {
  runId: string;
  live: LiveMatchIndex;
  usedAt: number;
}

/**
 * Each event's live index in this worker, for incremental updates: made once per run from the
 * run's index (with the run's text model), then patched.
 *
 * Updates of an event may land on any worker process, so before each one the index is brought
 * up to date with the participants table by profile version: a change another process handled
 * is taken in here too. Callers hold the event's update lock.
 */
@Injectable()
export class LiveIndexes implements OnModuleDestroy {
  private readonly entries = new Map<string, LiveEntry>();
  private readonly sweeper = setInterval(() => this.dropIdle(), 60_000).unref();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly runIndexes: RunIndexes,
    private readonly analyses: ProfileAnalysisCache,
  ) {}

  async synced(eventId: string, runId: string): Promise<LiveMatchIndex> {
    let entry = this.entries.get(eventId);
    if (entry?.runId !== runId) {
      const base = await this.runIndexes.of(runId, eventId);
      entry = { runId, live: new LiveMatchIndex(base), usedAt: Date.now() };
      this.entries.delete(eventId);
      this.entries.set(eventId, entry);
      this.dropLeastRecent();
    }
    await this.catchUp(entry.live, eventId);
    const { live } = entry;
    if (live.appended > Math.max(COMPACT_MIN, COMPACT_SHARE * live.index.postingsSize))
      live.compact();
    entry.usedAt = Date.now();
    return live;
  }

  /** Takes in every registration, change and departure the index does not hold yet. */
  private async catchUp(live: LiveMatchIndex, eventId: string): Promise<void> {
    // One string rather than 20,000 rows: several times cheaper to receive and parse.
    const [{ pairs }]: { pairs: string | null }[] = await this.dataSource.query(
      `SELECT string_agg(id::text || ' ' || profile_version, ' ') AS pairs
         FROM participant WHERE event_id = $1 AND consent_matching`,
      [eventId],
    );
    const words = pairs ? pairs.split(' ') : [];
    const consenting = new Set<string>();
    const stale: string[] = [];
    for (let i = 0; i < words.length; i += 2) {
      consenting.add(words[i]);
      if (live.versionOf(words[i]) !== Number(words[i + 1])) stale.push(words[i]);
    }
    for (const id of [...live.indexedIds()]) if (!consenting.has(id)) live.remove(id);
    if (!stale.length) return;
    for (const profile of await loadMatchProfiles(this.dataSource.manager, eventId, stale))
      live.upsert(profile, this.analyses.analyse(profile));
  }

  private dropLeastRecent(): void {
    while (this.entries.size > MAX_EVENTS) {
      const [oldest] = [...this.entries].sort(([, a], [, b]) => a.usedAt - b.usedAt)[0];
      this.entries.delete(oldest);
    }
  }

  private dropIdle(): void {
    const now = Date.now();
    for (const [eventId, entry] of this.entries)
      if (now - entry.usedAt > IDLE_MS) this.entries.delete(eventId);
  }

  onModuleDestroy(): void {
    clearInterval(this.sweeper);
    this.entries.clear();
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface WeakSuggestionRow {
  externalId: string;
  fullName: string;
  organisation: string;
  country: string;
  /** Score of their best suggestion; null when their list is empty. */
  bestScore: number | null;
  suggestions: number;
}

// A list's entries are ranked, so the first entry of its head is the best suggestion.
const BEST = `(list.head -> 0 ->> 'score')::float8`;
const WEAK = `(list.length = 0 OR ${BEST} < $2)`;

/**
 * Participants of a run whose best suggestion scores below a threshold: the organisers help
 * them by hand. Read from the run's lists, in PostgreSQL.
 */
@Injectable()
export class WeakSuggestionsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async count(runId: string, below: number): Promise<number> {
    const [{ count }] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM match_list list WHERE list.run_id = $1 AND ${WEAK}`,
      [runId, below],
    );
    return count;
  }

  /** The weakest first (empty lists before any score). */
  async list(runId: string, below: number, limit: number): Promise<WeakSuggestionRow[]> {
    const rows: {
      external_id: string;
      full_name: string;
      organisation: string;
      country: string;
      best: number | null;
      length: number;
    }[] = await this.dataSource.query(
      `SELECT p.external_id, p.full_name, p.organisation, p.country, ${BEST} AS best, list.length
         FROM match_list list JOIN participant p ON p.id = list.participant_id
        WHERE list.run_id = $1 AND ${WEAK}
        ORDER BY best ASC NULLS FIRST, p.external_id
        LIMIT $3`,
      [runId, below, limit],
    );
    return rows.map((row) => ({
      externalId: row.external_id,
      fullName: row.full_name,
      organisation: row.organisation,
      country: row.country.trim(),
      bestScore: row.best,
      suggestions: row.length,
    }));
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface KeyCount {
  key: string;
  count: number;
}

export interface ParticipantCounts {
  total: number;
  byCountry: KeyCount[];
  byOrganisationType: KeyCount[];
  byTheme: KeyCount[];
  consents: { matching: number; email: number };
}

/** The dashboard's figures about an event's registrations, counted in PostgreSQL. */
@Injectable()
export class ParticipantCountsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async countsFor(eventId: string): Promise<ParticipantCounts> {
    const [totals]: { total: number; matching: number; email: number }[] =
      await this.dataSource.query(
        `SELECT count(*)::int AS total,
                count(*) FILTER (WHERE consent_matching)::int AS matching,
                count(*) FILTER (WHERE consent_email)::int AS email
           FROM participant WHERE event_id = $1`,
        [eventId],
      );
    const grouped = (column: 'country' | 'organisation_type') =>
      this.dataSource.query(
        `SELECT trim(${column}) AS key, count(*)::int AS count FROM participant
          WHERE event_id = $1 GROUP BY 1 ORDER BY 2 DESC, 1`,
        [eventId],
      ) as Promise<KeyCount[]>;
    const [byCountry, byOrganisationType, byTheme] = await Promise.all([
      grouped('country'),
      grouped('organisation_type'),
      this.dataSource.query(
        `SELECT theme AS key, count(*)::int AS count
           FROM participant, unnest(themes) AS theme
          WHERE event_id = $1 GROUP BY 1 ORDER BY 2 DESC, 1`,
        [eventId],
      ) as Promise<KeyCount[]>,
    ]);
    return {
      total: totals.total,
      byCountry,
      byOrganisationType,
      byTheme,
      consents: { matching: totals.matching, email: totals.email },
    };
  }
}

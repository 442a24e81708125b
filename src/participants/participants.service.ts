import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ValidationFailedException } from '../common/http/validation-failed.exception.js';
import { isUniqueViolation } from '../database/postgres-errors.js';
import { EventsService } from '../events/events.service.js';
import type { ListParticipantsQuery } from './dto/list-participants.query.js';
import type { ParticipantInputDto } from './dto/participant-input.dto.js';
import { MatchUpdatesService } from '../matching/incremental/match-updates.service.js';
import { ScheduleErasures } from '../scheduling/erasure/schedule-erasures.js';
import { findParticipant } from './find-participant.js';
import { ParticipantImportEntity } from './import/participant-import.entity.js';
import { decodeCursor, encodeCursor } from './participant-cursor.js';
import { ParticipantEntity } from './participant.entity.js';
import { toProfile } from './participant-profile.js';
import { EmailTakenError, upsertParticipant, UpsertResult } from './upsert-participant.js';

export interface ParticipantPage {
  items: ParticipantEntity[];
  total: number;
  nextCursor: string | null;
}

@Injectable()
export class ParticipantsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly events: EventsService,
    private readonly matchUpdates: MatchUpdatesService,
    private readonly scheduleErasures: ScheduleErasures,
  ) {}

  async upsert(
    eventId: string,
    externalId: string,
    input: ParticipantInputDto,
  ): Promise<UpsertResult> {
    const event = await this.events.findById(eventId);
    const profile = toProfile(input);
    const attempt = () =>
      this.dataSource.transaction((manager) =>
        upsertParticipant(manager, event.id, externalId, profile),
      );
    try {
      let result: UpsertResult;
      try {
        result = await attempt();
      } catch (error) {
        // Two first registrations of one person at once: the loser retries as an update.
        if (!isUniqueViolation(error, 'participant_event_external_id_key')) throw error;
        result = await attempt();
      }
      if (result.outcome !== 'unchanged') {
        await this.matchUpdates.enqueue(event.id, result.participant.id);
      }
      return result;
    } catch (error) {
      if (
        error instanceof EmailTakenError ||
        isUniqueViolation(error, 'participant_event_email_key')
      ) {
        const reason =
          error instanceof EmailTakenError ? error.message : 'email is already used in this event';
        throw new ConflictException({ message: reason, errors: [{ field: 'email', reason }] });
      }
      throw error;
    }
  }

  async get(eventId: string, externalId: string): Promise<ParticipantEntity> {
    const event = await this.events.findById(eventId);
    return findParticipant(this.dataSource.manager, event.id, externalId, event.slug);
  }

  async list(eventId: string, query: ListParticipantsQuery): Promise<ParticipantPage> {
    const event = await this.events.findById(eventId);
    const limit = query.limit ?? 50;
    const filtered = this.dataSource
      .getRepository(ParticipantEntity)
      .createQueryBuilder('participant')
      .where('participant.event_id = :eventId', { eventId: event.id });
    if (query.country)
      filtered.andWhere('participant.country = :country', { country: query.country });
    if (query.organisationType) {
      filtered.andWhere('participant.organisation_type = :type', { type: query.organisationType });
    }
    if (query.theme) filtered.andWhere(':theme = ANY(participant.themes)', { theme: query.theme });
    if (query.q) {
      // Wildcards typed by the organiser are matched literally.
      const pattern = `%${query.q.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
      filtered.andWhere(
        `(participant.full_name ILIKE :pattern OR participant.organisation ILIKE :pattern
          OR participant.email ILIKE :pattern OR participant.external_id ILIKE :pattern)`,
        { pattern },
      );
    }
    if (query.consent) {
      const column = query.consent.endsWith('matching') ? 'consent_matching' : 'consent_email';
      filtered.andWhere(`participant.${column} = :given`, {
        given: !query.consent.startsWith('no-'),
      });
    }

    const total = await filtered.clone().getCount();
    const page = filtered
      .clone()
      .orderBy('participant.external_id', 'ASC')
      .take(limit + 1);
    if (query.cursor) {
      const after = decodeCursor(query.cursor);
      if (after === null) {
        throw new ValidationFailedException([
          { field: 'cursor', reason: 'cursor is not one this API returned' },
        ]);
      }
      page.andWhere('participant.external_id > :after', { after });
    }
    const rows = await page.getMany();
    const items = rows.slice(0, limit);
    const nextCursor =
      rows.length > limit ? encodeCursor(items[items.length - 1].externalId) : null;
    return { items, total, nextCursor };
  }

  /** GDPR erasure: the profile, and every trace of the person in import reports. */
  async erase(eventId: string, externalId: string): Promise<void> {
    const event = await this.events.findById(eventId);
    const { id, listsHolding } = await this.dataSource.transaction(async (manager) => {
      const participant = await findParticipant(manager, event.id, externalId, event.slug);
      // Whose lists lose this person: they are refilled once the erasure is committed.
      const holders: { participant_id: string }[] = await manager.query(
        'SELECT participant_id FROM match_list WHERE partner_ids @> ARRAY[$1]::uuid[]',
        [participant.id],
      );
      await this.scheduleErasures.forget(manager, event.id, participant);
      await manager.getRepository(ParticipantEntity).delete({ id: participant.id });
      await manager
        .createQueryBuilder()
        .update(ParticipantImportEntity)
        .set({
          errors: () =>
            `(SELECT coalesce(jsonb_agg(e), '[]'::jsonb) FROM jsonb_array_elements(errors) e WHERE e->>'externalId' IS DISTINCT FROM :externalId)`,
        })
        .where('event_id = :eventId', { eventId: event.id })
        .setParameters({ externalId })
        .execute();
      return { id: participant.id, listsHolding: holders.map((holder) => holder.participant_id) };
    });
    await this.matchUpdates.enqueue(event.id, id, listsHolding);
  }
}

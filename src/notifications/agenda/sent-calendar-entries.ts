import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { CalendarEntry } from '../../scheduling/export/calendar-entries.js';
import { CalendarMemory } from '../../scheduling/export/calendar-memory.js';
import { AgendaCalendarEntryEntity } from './agenda-calendar-entry.entity.js';

/** The calendar entries each participant was last e-mailed: the owner of their table. */
@Injectable()
export class SentCalendarEntries extends CalendarMemory {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  async sentEntries(eventId: string, participantId: string): Promise<CalendarEntry[]> {
    const rows = await this.dataSource
      .getRepository(AgendaCalendarEntryEntity)
      .find({ where: { eventId, participantId }, order: { startsAt: 'ASC', uid: 'ASC' } });
    return rows.map(({ uid, sequence, startsAt, endsAt, status }) => ({
      uid,
      sequence,
      startsAt,
      endsAt,
      status,
    }));
  }
}

/**
 * Replaces what a participant's calendar holds by the entries of the e-mail just sent, inside
 * the transaction that marks it sent: the record never runs ahead of (or behind) the mailbox.
 */
export async function rememberSentEntries(
  manager: EntityManager,
  eventId: string,
  participantId: string,
  entries: readonly CalendarEntry[],
): Promise<void> {
  const repository = manager.getRepository(AgendaCalendarEntryEntity);
  await repository.delete({ participantId });
  if (!entries.length) return;
  await repository.insert(
    entries.map((entry) => ({ ...entry, eventId, participantId, sentAt: new Date() })),
  );
}
